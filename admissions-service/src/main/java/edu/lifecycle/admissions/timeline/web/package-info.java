/** REST query of a student's timeline, answered by the instance holding the student's partition. */
package edu.lifecycle.admissions.timeline.web;
