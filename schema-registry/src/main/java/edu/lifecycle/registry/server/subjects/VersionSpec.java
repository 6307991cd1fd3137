package edu.lifecycle.registry.server.subjects;

import edu.lifecycle.registry.server.http.Errors;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.List;
import java.util.Optional;

/** A version in a path: a number from 1, or {@code latest} (also spelled {@code -1}). */
sealed interface VersionSpec {

    record Latest() implements VersionSpec {}

    record Exact(int version) implements VersionSpec {}

    /** @throws edu.lifecycle.registry.server.http.ApiException 42202 for anything else */
    static VersionSpec parse(String text) {
        if ("latest".equals(text)) {
            return new Latest();
        }
        int version;
        try {
            version = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw Errors.invalidVersion(text);
        }
        if (version == -1) {
            return new Latest();
        }
        if (version < 1) {
            throw Errors.invalidVersion(text);
        }
        return new Exact(version);
    }

    /** The version this spec names among {@code versions}, which are ordered oldest first. */
    default Optional<StoredSchema> in(List<StoredSchema> versions) {
        if (this instanceof Exact exact) {
            return versions.stream().filter(v -> v.version() == exact.version()).findFirst();
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The error for a version that is not there: the number for an exact version, as Confluent reports it. */
    default int number() {
        return this instanceof Exact exact ? exact.version() : -1;
    }
}
