package edu.lifecycle.testing;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/** Where the test stack runs. */
public enum StackMode {
    /** Apache Kafka and Confluent's schema registry in containers; needs a Docker engine. */
    CONTAINERS,
    /** The project's own in-process broker and registry; needs nothing but the JVM. */
    EMBEDDED;

    /** The system property that forces a mode: {@code containers}, {@code embedded} or {@code auto} (the default). */
    public static final String PROPERTY = "lifecycle.test.stack";

    /** Containers when a Docker engine answers, else embedded, unless the property forces one. */
    static StackMode resolve(String requested, BooleanSupplier dockerAvailable) {
        var value = requested == null ? "auto" : requested.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "auto", "" -> dockerAvailable.getAsBoolean() ? CONTAINERS : EMBEDDED;
            case "containers" -> CONTAINERS;
            case "embedded" -> EMBEDDED;
            default ->
                throw new IllegalArgumentException(
                        "-D" + PROPERTY + " must be auto, containers or embedded, not '" + requested + "'");
        };
    }
}
