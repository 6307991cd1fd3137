/** A programme year's students as placement's read models see them: one row per student, keyed by cohort. */
package edu.lifecycle.placement.cohort;
