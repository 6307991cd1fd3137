package edu.lifecycle.registry.server.subjects;

import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Views on the versions of one subject, which the store lists oldest first. */
final class Versions {

    private Versions() {}

    /** The versions that are not soft-deleted: the only ones compatibility is checked against. */
    static List<StoredSchema> live(List<StoredSchema> versions) {
        return versions.stream().filter(v -> !v.deleted()).toList();
    }

    static List<StoredSchema> visible(List<StoredSchema> versions, boolean includeDeleted) {
        return includeDeleted ? versions : live(versions);
    }

    /** Confluent checks the latest version first and, for transitive levels, walks back from there. */
    static List<StoredSchema> newestFirst(List<StoredSchema> versions) {
        var reversed = new ArrayList<>(versions);
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }

    /** The highest version ever used, soft-deleted ones included, so that a version number is never reused. */
    static int maxVersion(List<StoredSchema> versions) {
        return versions.stream().mapToInt(StoredSchema::version).max().orElse(0);
    }
}
