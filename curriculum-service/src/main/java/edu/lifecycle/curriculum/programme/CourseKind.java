package edu.lifecycle.curriculum.programme;

/** Where a course sits in the programme. */
public enum CourseKind {
    COMMON_CORE,
    SPECIALTY
}
