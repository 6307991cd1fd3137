/** A seeded demo cohort: a whole academic year of applicants and students, played through the services' APIs. */
package edu.lifecycle.demo;
