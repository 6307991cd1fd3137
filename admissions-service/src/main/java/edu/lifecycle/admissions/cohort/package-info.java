/** The cohort read models: the application pipeline, the funnel and the roster, folded from public events alone. */
package edu.lifecycle.admissions.cohort;
