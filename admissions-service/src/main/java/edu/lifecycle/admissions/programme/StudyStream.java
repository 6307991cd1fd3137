package edu.lifecycle.admissions.programme;

/** Stream of the Master 2 year: research-oriented or professional. */
public enum StudyStream {
    RESEARCH,
    PROFESSIONAL
}
