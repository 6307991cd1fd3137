package edu.lifecycle.servicekit.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** 403: a student acting on another student's id; answered as a problem by the kit's problem responses. */
public final class NotOwnStudentException extends ErrorResponseException {

    NotOwnStudentException() {
        super(
                HttpStatus.FORBIDDEN,
                SecurityProblems.forbidden("A student may act only on their own student id."),
                null);
    }
}
