package edu.lifecycle.registry.server.records;

import java.util.Locale;
import java.util.Optional;

/** What a subject accepts: READONLY refuses registrations, IMPORT takes schemas with their original ids. */
public enum Mode {
    READWRITE,
    READONLY,
    IMPORT;

    public static Optional<Mode> forName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
