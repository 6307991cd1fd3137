package edu.lifecycle.benchmarks.serde;

import edu.lifecycle.schemas.EventCatalog;
import edu.lifecycle.schemas.PublicTopic;
import edu.lifecycle.schemas.TrustedAvroPackages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Conversion;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * One realistic record of each public event type, built from its schema so that a new event type gets a fixture without
 * code here. Values are deterministic (the same bytes on every run) and filled the way producers fill them: every
 * optional field set, identifiers and texts of production length, decimals with their schema's scale, dates in the
 * academic year, and {@value #ARRAY_LENGTH} elements in each array (a deposit and three instalments in a tuition
 * schedule).
 */
public final class EventFixtures {

    static final int ARRAY_LENGTH = 4;

    /** The topics whose records are events; the compacted profile topic carries state, not events. */
    private static final List<PublicTopic> EVENT_TOPICS = List.of(
            EventCatalog.ADMISSIONS_EVENTS,
            EventCatalog.BILLING_EVENTS,
            EventCatalog.CURRICULUM_EVENTS,
            EventCatalog.PLACEMENT_EVENTS);

    private static final Instant OCCURRED_AT = Instant.parse("2026-09-01T08:30:00.123Z");
    private static final LocalDate FIRST_DATE = LocalDate.of(2026, 9, 15);

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("studentId", "STU-2026-004217"),
            Map.entry("programme", "M2-ISD"),
            Map.entry("academicYear", "2026-2027"),
            Map.entry("reason", "Documents received after the deadline; accepted by the programme board"),
            Map.entry("title", "Event-driven architectures for student lifecycle management"),
            Map.entry("employer", "Acme Logistics SAS"),
            Map.entry("organisation", "Acme Logistics SAS"),
            Map.entry("tutor", "Dr. Claire Martin"),
            Map.entry("supervisor", "Jean Dupont"),
            Map.entry("overriddenBy", "admissions.officer@univ.example"),
            Map.entry("room", "Building B, room 214"),
            Map.entry("role", "Software engineer (apprentice)"),
            Map.entry("jobTitle", "Junior data engineer"),
            Map.entry("institution", "Universite Paris Cite"),
            Map.entry("fullName", "Amelie Nguyen-Laurent"),
            Map.entry("email", "amelie.nguyen-laurent@student.univ.example"),
            Map.entry("courseCode", "ISD-M2-ARCH-101"),
            Map.entry("country", "FR"),
            Map.entry("code", "ISD-M2"),
            Map.entry("paymentReference", "SEPA-2026-09-000123456"));

    private EventFixtures() {}

    /** Every event type of the public event topics, in catalogue order. */
    public static List<Class<? extends SpecificRecord>> eventTypes() {
        return EVENT_TOPICS.stream()
                .flatMap(topic -> topic.recordTypes().stream())
                .toList();
    }

    /** The topic a type is published on. */
    public static String topicOf(Class<? extends SpecificRecord> type) {
        return EVENT_TOPICS.stream()
                .filter(topic -> topic.recordTypes().contains(type))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a public event type: " + type.getName()))
                .name();
    }

    /** The event type with that simple name. */
    public static Class<? extends SpecificRecord> eventType(String simpleName) {
        return eventTypes().stream()
                .filter(type -> type.getSimpleName().equals(simpleName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type: " + simpleName));
    }

    /** The fixture of that type; a new instance per call, always equal to the previous ones. */
    public static SpecificRecord fixture(Class<? extends SpecificRecord> type) {
        // Building nested records and enums from the schema loads their classes by name, which Avro 1.12 checks.
        TrustedAvroPackages.trust();
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = model.getSchema(type);
        return (SpecificRecord) new Filling(model).value("", schema, 0);
    }

    /** Fills one record tree; {@code ordinal} varies array elements and sibling fields. */
    private record Filling(SpecificData model) {

        Object value(String field, Schema schema, int ordinal) {
            LogicalType logical = schema.getLogicalType();
            if (logical != null) {
                return logicalValue(logical, schema, ordinal);
            }
            return switch (schema.getType()) {
                case RECORD -> record(schema, ordinal);
                case ENUM ->
                    model.createEnum(
                            schema.getEnumSymbols()
                                    .get((ordinal + field.length())
                                            % schema.getEnumSymbols().size()),
                            schema);
                case ARRAY -> array(field, schema.getElementType());
                case MAP -> Map.of("k" + ordinal, value(field, schema.getValueType(), ordinal));
                case UNION -> value(field, firstNonNull(schema), ordinal);
                case STRING -> text(field, ordinal);
                case INT -> 3 + ordinal;
                case LONG -> 1_000_000L + ordinal;
                case FLOAT -> 14.5f + ordinal;
                case DOUBLE -> 14.75 + ordinal;
                case BOOLEAN -> ordinal % 2 == 0;
                case BYTES ->
                    java.nio.ByteBuffer.wrap(text(field, ordinal).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                case FIXED -> model.createFixed(null, new byte[schema.getFixedSize()], schema);
                case NULL -> null;
            };
        }

        private Object record(Schema schema, int ordinal) {
            Object record = model.newRecord(null, schema);
            for (Schema.Field field : schema.getFields()) {
                model.setField(
                        record, field.name(), field.pos(), value(field.name(), field.schema(), ordinal + field.pos()));
            }
            return record;
        }

        private List<Object> array(String field, Schema elements) {
            List<Object> values = new ArrayList<>(ARRAY_LENGTH);
            for (int i = 0; i < ARRAY_LENGTH; i++) {
                values.add(value(field, elements, i));
            }
            return values;
        }

        private Object logicalValue(LogicalType logical, Schema schema, int ordinal) {
            Object value;
            if (logical instanceof LogicalTypes.Decimal decimal) {
                value = decimal(decimal.getPrecision() - decimal.getScale(), ordinal)
                        .setScale(decimal.getScale(), RoundingMode.HALF_EVEN);
            } else if (logical instanceof LogicalTypes.Date) {
                value = FIRST_DATE.plusMonths(ordinal);
            } else if (logical instanceof LogicalTypes.TimestampMillis) {
                value = OCCURRED_AT.plus(ordinal, ChronoUnit.MINUTES);
            } else if (logical.getName().equals("uuid")) {
                value = new UUID(0x5eed_2026_0901L, ordinal);
            } else {
                throw new IllegalStateException("No fixture for logical type " + logical.getName());
            }
            Conversion<?> conversion = model.getConversionFor(logical);
            if (conversion != null && conversion.getConvertedType().isInstance(value)) {
                return value;
            }
            throw new IllegalStateException("Generated classes hold " + logical.getName() + " without a conversion");
        }

        /** An amount in EUR where the schema allows thousands, else a grade out of 20, else a fraction. */
        private static BigDecimal decimal(int integerDigits, int ordinal) {
            if (integerDigits >= 4) {
                return new BigDecimal("2437.50").add(BigDecimal.valueOf(ordinal * 125L));
            }
            if (integerDigits >= 2) {
                return new BigDecimal("14.25").add(BigDecimal.valueOf(ordinal % 5));
            }
            return new BigDecimal("0.75");
        }

        private static String text(String field, int ordinal) {
            String known = TEXTS.get(field);
            if (known != null) {
                return known;
            }
            if (field.equals("eventId")) {
                return new UUID(0x0192_8d4e_7a1bL, 0x8000_0000_0000_0000L | ordinal).toString();
            }
            if (field.endsWith("Id")) {
                return field.substring(0, field.length() - 2).toUpperCase() + "-2026-" + (4217 + ordinal);
            }
            return field + " of the fixture, a typical length";
        }

        private static Schema firstNonNull(Schema union) {
            return union.getTypes().stream()
                    .filter(branch -> branch.getType() != Schema.Type.NULL)
                    .findFirst()
                    .orElseThrow();
        }
    }
}
