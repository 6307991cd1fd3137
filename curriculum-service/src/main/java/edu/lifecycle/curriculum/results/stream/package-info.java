/** Cohort results: per-student rows from {@code curriculum.events}, repartitioned by programme year and summed. */
package edu.lifecycle.curriculum.results.stream;
