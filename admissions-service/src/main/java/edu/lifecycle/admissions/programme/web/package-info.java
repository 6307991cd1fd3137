/** How REST paths name a programme year: read, checked against the catalog, refused as a problem when not offered. */
package edu.lifecycle.admissions.programme.web;
