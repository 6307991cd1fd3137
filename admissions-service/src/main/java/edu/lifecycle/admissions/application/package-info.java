/** An applicant's file from submission to enrollment or withdrawal: the per-student {@code Application} aggregate. */
package edu.lifecycle.admissions.application;
