/** REST commands and queries of applications and students. */
package edu.lifecycle.admissions.application.web;
