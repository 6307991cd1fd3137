/** The cohort projections in the topology: Avro events in, per-student and per-programme-year stores out. */
package edu.lifecycle.admissions.cohort.stream;
