package edu.lifecycle.placement.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.state.StateSerde;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A row's stored form outlives the code that wrote it (the read models' stores and changelogs, the repartition topic):
 * a row written before rows kept experience must still read, with what it held intact.
 */
class StudentRowStoredFormTest {

    /** A row exactly as the previous release wrote it: no requiredMonths, no validated. */
    private static final String WRITTEN_BEFORE_EXPERIENCE = """
            {"studentId":"stu-1","cohort":{"programme":"M2-ISD","academicYear":"2026-2027"},"enrolled":true,\
            "withdrawn":false,"unvalidated":[{"placementId":"agr-1","kind":"INTERNSHIP","organisation":"SGDSN",\
            "startOn":"2027-01-04","lastDay":"2027-05-03"}],"contracts":["wsc-1"],"graduated":true,\
            "outcome":{"sector":"CONSULTING","monthsAfterGraduation":3}}""";

    /** The stores' serde: binary since ADR 16, reading the JSON the releases before wrote. */
    private final StateSerde<StudentRow> serde = StateSerde.of(StudentRow.class);

    @Test
    void aRowStoredBeforeRowsKeptExperienceStillReadsWithEverythingItHeld() {
        var row =
                serde.deserialize("placement-student-rows", WRITTEN_BEFORE_EXPERIENCE.getBytes(StandardCharsets.UTF_8));

        assertThat(row.studentId()).isEqualTo("stu-1");
        assertThat(row.cohort()).isEqualTo(new Cohort("M2-ISD", "2026-2027"));
        assertThat(row.enrolled()).isTrue();
        assertThat(row.graduated()).isTrue();
        assertThat(row.unvalidated())
                .extracting(StudentRow.Unvalidated::placementId)
                .containsExactly("agr-1");
        assertThat(row.contracts()).containsExactly("wsc-1");
        assertThat(row.outcome().monthsAfterGraduation()).isEqualTo(3);
        assertThat(row.validated()).isEmpty();
        assertThat(row.requiredMonths()).isNull();
        // Its requirement is unknown until the read models are rebuilt, so it counts neither as met nor as not met.
        assertThat(row.experience()).isEmpty();
    }

    @Test
    void aRowWithExperienceReadsBackEqual() {
        var written =
                serde.deserialize("placement-student-rows", WRITTEN_BEFORE_EXPERIENCE.getBytes(StandardCharsets.UTF_8));
        var withExperience = new StudentRow(
                written.studentId(),
                written.cohort(),
                written.enrolled(),
                written.withdrawn(),
                written.unvalidated(),
                written.contracts(),
                written.graduated(),
                written.outcome(),
                new BigDecimal("6.00"),
                Map.of("agr-0", new BigDecimal("4.48")));

        var read =
                serde.deserialize("placement-student-rows", serde.serialize("placement-student-rows", withExperience));

        // Equal, scale included: a row read back that differed would be forwarded as a change on every event.
        assertThat(read).isEqualTo(withExperience);
    }
}
