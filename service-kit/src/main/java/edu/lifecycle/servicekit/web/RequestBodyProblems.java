package edu.lifecycle.servicekit.web;

import java.util.List;
import java.util.Optional;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Says, in a client's words, why a request body could not be read: missing, not JSON, or a field of the wrong type. */
final class RequestBodyProblems {

    private RequestBodyProblems() {}

    record Explanation(String detail, List<FieldProblem> errors) {}

    static Explanation explain(HttpMessageNotReadableException exception) {
        Optional<JacksonException> jackson = jacksonCause(exception);
        if (jackson.isEmpty()) {
            return new Explanation("The request body is missing or cannot be read.", List.of());
        }
        JacksonException cause = jackson.get();
        String field = path(cause);
        if (field.isEmpty()) {
            if (cause instanceof StreamReadException) {
                return new Explanation("The request body is not valid JSON" + where(cause) + ".", List.of());
            }
            return new Explanation(
                    "The request body is missing or is not a JSON object of the expected shape.", List.of());
        }
        var problem = new FieldProblem(field, fieldMessage(cause));
        return new Explanation("Field '" + field + "' " + problem.message() + ".", List.of(problem));
    }

    private static String fieldMessage(JacksonException cause) {
        if (cause instanceof ImplausibleValueException implausible) {
            return implausible.clientMessage();
        }
        if (cause instanceof InvalidNullException) {
            return "must not be null";
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null) {
            return "must be " + typeName(format.getTargetType()) + ", not '" + format.getValue() + "'";
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + typeName(mismatch.getTargetType());
        }
        return "cannot be read: " + firstLine(cause.getOriginalMessage());
    }

    private static String typeName(Class<?> type) {
        Optional<String> dateTime = PlausibleInputModule.dateTimeFormat(type);
        if (dateTime.isPresent()) {
            return dateTime.get();
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "a " + type.getSimpleName();
    }

    private static String path(JacksonException cause) {
        var path = new StringBuilder();
        for (JacksonException.Reference reference : cause.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String where(JacksonException cause) {
        var location = cause.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "invalid value";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static Optional<JacksonException> jacksonCause(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return Optional.of(jackson);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
