package edu.lifecycle.registry.server.records;

import java.util.Comparator;

/**
 * A schema's dependency on another subject's version: the named type {@code name} is defined by {@code version} of
 * {@code subject}. A version of -1 means the latest when registering; what is stored is always a real version.
 */
public record SchemaReference(String name, String subject, Integer version) {

    /** Confluent orders references by subject, then version, when it normalizes a schema. */
    public static final Comparator<SchemaReference> BY_SUBJECT_AND_VERSION = Comparator.comparing(
                    SchemaReference::subject, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(SchemaReference::version, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()));

    public static final int LATEST = -1;

    /** The reference as Confluent prints it in error messages. */
    public String describe() {
        return "{name='" + name + "', subject='" + subject + "', version=" + version + "}";
    }

    public SchemaReference withVersion(int newVersion) {
        return new SchemaReference(name, subject, newVersion);
    }
}
