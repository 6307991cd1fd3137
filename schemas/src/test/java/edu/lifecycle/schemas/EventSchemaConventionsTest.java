package edu.lifecycle.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Type;
import org.junit.jupiter.api.Test;

/** The rules of the event contract that every schema follows, checked on the schemas the generated classes carry. */
class EventSchemaConventionsTest {

    // Field names that would identify a person; they belong on admissions.student-profiles only.
    private static final Pattern PERSONAL_DATA =
            Pattern.compile("(?i).*(fullname|firstname|lastname|surname|email|phone|birth|address).*");

    @Test
    void everyEventOpensWithItsIdTimeAndStudent() {
        assertThat(eventSchemas()).allSatisfy(event -> {
            List<Schema.Field> fields = event.getFields();
            assertThat(fields).extracting(Schema.Field::name).startsWith("eventId", "occurredAt", "studentId");
            assertThat(fields.get(0).schema().getType()).isEqualTo(Type.STRING);
            assertThat(logicalTypeOf(fields.get(1).schema())).isEqualTo("timestamp-millis");
            assertThat(fields.get(2).schema().getType()).isEqualTo(Type.STRING);
        });
    }

    @Test
    void everyRecordEnumAndFieldIsDocumented() {
        assertThat(allSchemas()).allSatisfy(schema -> {
            SchemaWalk walk = SchemaWalk.of(schema);
            assertThat(walk.namedTypes())
                    .allSatisfy(type -> assertThat(type.getDoc())
                            .as("doc of %s", type.getFullName())
                            .isNotBlank());
            assertThat(walk.fields())
                    .allSatisfy(field -> assertThat(field.doc())
                            .as("doc of %s.%s", schema.getName(), field.name())
                            .isNotBlank());
        });
    }

    @Test
    void nullableFieldsPutNullFirstAndDefaultToIt() {
        Stream<Schema.Field> unionFields = allSchemas().stream()
                .flatMap(schema -> SchemaWalk.of(schema).fields().stream())
                .filter(field -> field.schema().getType() == Type.UNION);

        assertThat(unionFields).allSatisfy(field -> {
            assertThat(field.schema().getTypes()).hasSize(2);
            assertThat(field.schema().getTypes().get(0).getType()).isEqualTo(Type.NULL);
            assertThat(field.defaultVal()).as("default of %s", field.name()).isEqualTo(JsonProperties.NULL_VALUE);
        });
    }

    @Test
    void quantitiesAreExactDecimalsNeverFloatingPoint() {
        Stream<Schema> fieldTypes = allSchemas().stream()
                .flatMap(schema -> SchemaWalk.of(schema).fields().stream())
                .map(field -> nonNull(field.schema()));

        assertThat(fieldTypes).allSatisfy(type -> {
            assertThat(type.getType()).isNotIn(Type.FLOAT, Type.DOUBLE);
            if (type.getLogicalType() instanceof LogicalTypes.Decimal decimal) {
                assertThat(decimal.getScale()).isEqualTo(2);
            }
        });
    }

    @Test
    void datesEndInOnAndInstantsInAt() {
        List<Schema.Field> fields = allSchemas().stream()
                .flatMap(schema -> SchemaWalk.of(schema).fields().stream())
                .toList();

        assertThat(fields)
                .filteredOn(field -> field.name().endsWith("On"))
                .isNotEmpty()
                .allSatisfy(field -> assertThat(logicalTypeOf(nonNull(field.schema())))
                        .as(field.name())
                        .isEqualTo("date"));
        assertThat(fields)
                .filteredOn(field -> field.name().endsWith("At"))
                .isNotEmpty()
                .allSatisfy(field -> assertThat(logicalTypeOf(nonNull(field.schema())))
                        .as(field.name())
                        .isEqualTo("timestamp-millis"));
    }

    @Test
    void personalDataTravelsOnlyOnTheProfileTopic() {
        assertThat(fieldNames(EventCatalog.STUDENT_PROFILES))
                .as("the pattern recognises the profile's own fields")
                .anyMatch(name -> PERSONAL_DATA.matcher(name).matches());

        EventCatalog.topics().stream()
                .filter(topic -> topic != EventCatalog.STUDENT_PROFILES)
                .forEach(topic -> assertThat(fieldNames(topic))
                        .as("fields of %s", topic.name())
                        .noneMatch(name -> PERSONAL_DATA.matcher(name).matches()));
    }

    private static List<String> fieldNames(PublicTopic topic) {
        return topic.subjects().stream()
                .flatMap(subject -> SchemaWalk.of(subject.schema()).fields().stream())
                .map(Schema.Field::name)
                .toList();
    }

    private static List<Schema> eventSchemas() {
        return EventCatalog.topics().stream()
                .filter(topic -> !topic.compacted())
                .flatMap(topic -> topic.subjects().stream())
                .map(Subject::schema)
                .toList();
    }

    private static List<Schema> allSchemas() {
        return EventCatalog.subjects().stream().map(Subject::schema).toList();
    }

    private static String logicalTypeOf(Schema schema) {
        return schema.getLogicalType() == null ? null : schema.getLogicalType().getName();
    }

    private static Schema nonNull(Schema schema) {
        return schema.isNullable() && schema.getType() == Type.UNION
                ? schema.getTypes().stream()
                        .filter(branch -> branch.getType() != Type.NULL)
                        .findFirst()
                        .orElseThrow()
                : schema;
    }
}
