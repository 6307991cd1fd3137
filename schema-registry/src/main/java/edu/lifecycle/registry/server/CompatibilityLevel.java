package edu.lifecycle.registry.server;

import java.util.Locale;
import java.util.Optional;

/**
 * Which earlier versions a new schema is checked against, and in which direction.
 *
 * <p>BACKWARD means the new schema can read data written with the old one (consumers upgrade first); FORWARD means
 * the old schema can read data written with the new one (producers upgrade first); FULL is both. The transitive
 * levels check every live version instead of only the latest.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean newReadsOld;
    private final boolean oldReadsNew;
    private final boolean transitive;

    CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
        this.newReadsOld = newReadsOld;
        this.oldReadsNew = oldReadsNew;
        this.transitive = transitive;
    }

    /** Confluent accepts the level names in any case ({@code CompatibilityLevel.forName} upper-cases). */
    public static Optional<CompatibilityLevel> forName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the new schema, as reader, must read data written with an old one. */
    public boolean newReadsOld() {
        return newReadsOld;
    }

    /** Whether an old schema, as reader, must read data written with the new one. */
    public boolean oldReadsNew() {
        return oldReadsNew;
    }

    public boolean transitive() {
        return transitive;
    }
}
