package edu.lifecycle.registry.server.records;

import edu.lifecycle.registry.server.CompatibilityLevel;
import java.util.List;
import java.util.Objects;

/** The value of a {@code _schemas} record. A missing value (a tombstone) deletes the key's state. */
public sealed interface RegistryValue {

    /**
     * A registered version; {@code deleted} marks a soft delete, which keeps the id resolvable.
     *
     * @param references the versions of other subjects whose named types the schema uses, empty for most schemas
     */
    record SchemaValue(
            String subject,
            int version,
            int id,
            String schemaType,
            List<SchemaReference> references,
            String schema,
            boolean deleted)
            implements RegistryValue {
        public SchemaValue {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(schemaType, "schemaType");
            references = references == null ? List.of() : List.copyOf(references);
            Objects.requireNonNull(schema, "schema");
        }

        /** A schema without references, as nearly all are. */
        public SchemaValue(String subject, int version, int id, String schemaType, String schema, boolean deleted) {
            this(subject, version, id, schemaType, List.of(), schema, deleted);
        }

        public SchemaValue asDeleted() {
            return new SchemaValue(subject, version, id, schemaType, references, schema, true);
        }
    }

    /** A config; both settings are optional so that an update can change one and keep the other. */
    record ConfigValue(String subject, CompatibilityLevel compatibilityLevel, Boolean normalize)
            implements RegistryValue {

        /** The fields set in {@code update} win; the rest are kept, as Confluent merges config updates. */
        public ConfigValue mergedWith(ConfigValue update) {
            return new ConfigValue(
                    subject,
                    update.compatibilityLevel != null ? update.compatibilityLevel : compatibilityLevel,
                    update.normalize != null ? update.normalize : normalize);
        }
    }

    record ModeValue(String subject, Mode mode) implements RegistryValue {
        public ModeValue {
            Objects.requireNonNull(mode, "mode");
        }
    }

    /** Soft-deletes every version of the subject up to and including {@code version}. */
    record DeleteSubjectValue(String subject, int version) implements RegistryValue {
        public DeleteSubjectValue {
            Objects.requireNonNull(subject, "subject");
        }
    }
}
