package edu.lifecycle.testing.security;

import java.util.Locale;
import java.util.Objects;

/**
 * One operation of an OpenAPI document: an HTTP method and a path template such as
 * {@code /api/v1/accounts/{studentId}}.
 */
public record Operation(String method, String path) implements Comparable<Operation> {

    public Operation {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(path, "path");
    }

    /** Reads {@code "GET /api/v1/accounts/{studentId}"}. */
    public static Operation parse(String operation) {
        int space = operation.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("An operation reads 'METHOD /path': " + operation);
        }
        return new Operation(
                operation.substring(0, space), operation.substring(space + 1).trim());
    }

    boolean names(String variable) {
        return path.contains("{" + variable + "}");
    }

    @Override
    public int compareTo(Operation other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : method.compareTo(other.method);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
