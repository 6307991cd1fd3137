package edu.lifecycle.registry.server.records;

import java.util.Objects;

/** The key of a {@code _schemas} record; compaction keeps the latest value per key. */
public sealed interface RegistryKey {

    /** One version of one subject. Confluent gives this key type magic 1, every other key magic 0. */
    record SchemaKey(String subject, int version) implements RegistryKey {
        public SchemaKey {
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** The compatibility config of a subject, or the global one when {@code subject} is null. */
    record ConfigKey(String subject) implements RegistryKey {
        public static final ConfigKey GLOBAL = new ConfigKey(null);
    }

    /** The mode of a subject, or the global one when {@code subject} is null. */
    record ModeKey(String subject) implements RegistryKey {
        public static final ModeKey GLOBAL = new ModeKey(null);
    }

    /** A soft delete of a whole subject, up to the version in its value. */
    record DeleteSubjectKey(String subject) implements RegistryKey {
        public DeleteSubjectKey {
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** A marker with no state: writing one and reading it back proves the reader has caught up. */
    record NoopKey() implements RegistryKey {}

    /** A key type this registry does not use (contexts, associations, ...); it is read past and ignored. */
    record OtherKey(String keytype) implements RegistryKey {}
}
