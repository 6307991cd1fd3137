package edu.lifecycle.curriculum.transcript;

/** The session a course mark was obtained in: a resit follows a failed first session. */
public enum ExamSession {
    FIRST,
    RESIT
}
