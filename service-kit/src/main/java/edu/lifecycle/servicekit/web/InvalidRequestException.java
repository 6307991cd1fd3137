package edu.lifecycle.servicekit.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A request refused before its handler runs, answered 400 with a problem naming each bad field or parameter. */
public final class InvalidRequestException extends ErrorResponseException {

    public InvalidRequestException(List<FieldProblem> errors) {
        super(HttpStatus.BAD_REQUEST, Problems.invalid(errors), null);
    }
}
