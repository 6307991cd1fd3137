package edu.lifecycle.schemas.history;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.events.admissions.StudentEnrolled;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Type;
import org.junit.jupiter.api.Test;

/** The check run on every subject by {@link ReleasedSchemaHistoryTest}, shown refusing what consumers could not read. */
class BackwardTransitiveCheckTest {

    private static final Schema ENROLLED = StudentEnrolled.getClassSchema();
    private static final String SUBJECT = "admissions.events-" + ENROLLED.getFullName();

    @Test
    void acceptsTheSchemaAsReleased() {
        assertThat(BackwardTransitiveCheck.incompatibleChanges(ENROLLED, releases(ENROLLED)))
                .isEmpty();
    }

    @Test
    void acceptsAnOptionalFieldThatDefaultsToNull() {
        Schema withOptionalCampus = withField(
                ENROLLED,
                new Schema.Field(
                        "campus",
                        Schema.createUnion(Schema.create(Type.NULL), Schema.create(Type.STRING)),
                        "Campus where the year is taught.",
                        Schema.Field.NULL_DEFAULT_VALUE));

        assertThat(BackwardTransitiveCheck.incompatibleChanges(withOptionalCampus, releases(ENROLLED)))
                .isEmpty();
    }

    @Test
    void refusesAFieldAddedWithoutDefault() {
        Schema requiringCampus = withField(ENROLLED, requiredCampus());

        assertThat(BackwardTransitiveCheck.incompatibleChanges(requiringCampus, releases(ENROLLED)))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.releasedVersion()).isEqualTo(1);
                    assertThat(change.problem()).contains("READER_FIELD_MISSING_DEFAULT_VALUE", "campus");
                });
    }

    @Test
    void refusesAFieldWhoseTypeChanged() {
        Schema academicYearAsNumber = withFieldType(ENROLLED, "academicYear", Schema.create(Type.INT));

        assertThat(BackwardTransitiveCheck.incompatibleChanges(academicYearAsNumber, releases(ENROLLED)))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.problem()).contains("TYPE_MISMATCH");
                    assertThat(change.location())
                            .isEqualTo("/fields/"
                                    + ENROLLED.getField("academicYear").pos() + "/type");
                });
    }

    @Test
    void refusesWhatOnlyAnOlderReleaseCannotFeed() {
        Schema campusDefaultingToParis = withField(
                ENROLLED, new Schema.Field("campus", Schema.create(Type.STRING), "Campus of the year.", "Paris"));
        Schema requiringCampus = withField(ENROLLED, requiredCampus());

        List<IncompatibleChange> changes = BackwardTransitiveCheck.incompatibleChanges(
                requiringCampus, releases(ENROLLED, campusDefaultingToParis));

        assertThat(changes).extracting(IncompatibleChange::releasedVersion).containsExactly(1);
    }

    private static Schema.Field requiredCampus() {
        return new Schema.Field("campus", Schema.create(Type.STRING), "Campus where the year is taught.");
    }

    private static List<ReleasedVersion> releases(Schema... schemas) {
        return IntStream.range(0, schemas.length)
                .mapToObj(index -> new ReleasedVersion(SUBJECT, index + 1, schemas[index]))
                .toList();
    }

    private static Schema withField(Schema record, Schema.Field added) {
        List<Schema.Field> fields = new ArrayList<>(copiedFields(record));
        fields.add(added);
        return Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), false, fields);
    }

    private static Schema withFieldType(Schema record, String name, Schema type) {
        List<Schema.Field> fields = record.getFields().stream()
                .map(field -> new Schema.Field(field, field.name().equals(name) ? type : field.schema()))
                .toList();
        return Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), false, fields);
    }

    private static List<Schema.Field> copiedFields(Schema record) {
        // A field belongs to one record; building another record needs copies.
        return record.getFields().stream()
                .map(field -> new Schema.Field(field, field.schema()))
                .toList();
    }
}
