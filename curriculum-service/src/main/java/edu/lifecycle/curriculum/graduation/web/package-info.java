/** REST for graduation checklists. */
package edu.lifecycle.curriculum.graduation.web;
