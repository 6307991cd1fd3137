package edu.lifecycle.servicekit.web;

import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a request can meet, as an RFC 9457 problem ({@code application/problem+json}). Spring's base class
 * answers the protocol errors (404 unknown route, 405, 415, missing parameters, {@code ErrorResponseException}s such
 * as the kit's 503 and 400s); this class names each bad field, explains unreadable bodies, and turns anything
 * unexpected into a 500 that shows no internals. Lowest precedence, so a service's own advice comes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final Duration STORE_RETRY = Duration.ofSeconds(1);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        exception.getBindingResult().getFieldErrors().forEach(error -> errors.add(fieldProblem(error)));
        exception.getBindingResult().getGlobalErrors().forEach(error -> errors.add(objectProblem(error)));
        return handleExceptionInternal(exception, Problems.invalid(errors), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (var result : exception.getParameterValidationResults()) {
            String parameter = result.getMethodParameter().getParameterName();
            if (result instanceof ParameterErrors bean) {
                bean.getFieldErrors().forEach(error -> errors.add(fieldProblem(error)));
            } else {
                result.getResolvableErrors()
                        .forEach(error -> errors.add(new FieldProblem(parameter, error.getDefaultMessage())));
            }
        }
        return handleExceptionInternal(exception, Problems.invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var explanation = RequestBodyProblems.explain(exception);
        var problem = Problems.problem(HttpStatus.BAD_REQUEST, "Unreadable request body", explanation.detail());
        if (!explanation.errors().isEmpty()) {
            problem.setProperty("errors", explanation.errors());
        }
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = exception.getPropertyName() == null ? "parameter" : exception.getPropertyName();
        Class<?> required = exception.getRequiredType();
        String message = "must be " + (required == null ? "of another type" : "a " + required.getSimpleName())
                + ", not '" + exception.getValue() + "'";
        return handleExceptionInternal(
                exception,
                Problems.invalid(List.of(new FieldProblem(name, message))),
                headers,
                HttpStatus.BAD_REQUEST,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = Problems.problem(
                HttpStatus.NOT_FOUND,
                "Not found",
                "There is no endpoint " + exception.getHttpMethod() + " /" + exception.getResourcePath() + ".");
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException exception) {
        var errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList();
        return Problems.response(Problems.invalid(errors));
    }

    /**
     * A read-model store that stops answering between the moment a query got it and the moment it reads it (a
     * rebalance, a restore after a restart): not a defect, the client retries. Caught here once, for every query.
     */
    @ExceptionHandler(InvalidStateStoreException.class)
    ResponseEntity<Object> handleStoreNotReady(InvalidStateStoreException exception) {
        log.debug("A store was not ready for a query: {}", exception.getMessage());
        return Problems.unavailable(
                "The data is being restored or moved between instances; retry in a moment.", STORE_RETRY);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception exception) {
        log.error("Unexpected error while handling a request", exception);
        return Problems.response(Problems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "The request could not be handled because of an internal error; it has been logged."));
    }

    private static FieldProblem fieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }

    private static FieldProblem objectProblem(ObjectError error) {
        return new FieldProblem(error.getObjectName(), error.getDefaultMessage());
    }
}
