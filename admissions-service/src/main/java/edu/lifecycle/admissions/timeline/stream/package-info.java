/** The timeline projection in the topology: any public event in, a short entry in the student's timeline out. */
package edu.lifecycle.admissions.timeline.stream;
