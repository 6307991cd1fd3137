/** A student's timeline: every public event about them, from all four services, in the order they happened. */
package edu.lifecycle.admissions.timeline;
