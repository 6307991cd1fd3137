/** The cohort read models' plumbing: per-student rows from events, repartitioned by programme year. */
package edu.lifecycle.placement.cohort.stream;
