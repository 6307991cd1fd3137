/** Cohort results per programme and year: average marks, pass rates per course, degrees by mention. */
package edu.lifecycle.curriculum.results;
