package edu.lifecycle.placement.experience.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import edu.lifecycle.placement.Lifecycle;
import edu.lifecycle.placement.PlacementDriver;
import edu.lifecycle.placement.Students;
import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import edu.lifecycle.placement.experience.ExperienceCounts;
import edu.lifecycle.placement.experience.ExperiencePage;
import edu.lifecycle.placement.experience.ExperienceStanding;
import edu.lifecycle.placement.placement.PlacementRecord;
import edu.lifecycle.placement.placement.Programmes;
import edu.lifecycle.placement.placement.stream.PlacementAggregate;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.query.PageRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExperienceTopologyTest {

    private static final Cohort ISD = new Cohort("M2-ISD", "2026-2027");

    private final PlacementDriver placement = new PlacementDriver(Programmes.catalog());
    private final Students students = new Students(placement);

    @AfterEach
    void close() {
        placement.close();
    }

    @Test
    void eachEnrolledStudentsValidatedMonthsAreShownAgainstTheRequirement() {
        students.enroll("stu-1", "M2-ISD");
        students.enroll("stu-2", "M2-ISD");
        students.enroll("stu-3", "M2-ISD");
        students.enroll("stu-9", "M2-ISI");
        var internship = students.signInternship("stu-1", "2027-01-04", "2027-05-03");
        students.validate("stu-1", internship, "15", "2027-05-10");
        var contract = students.signWorkStudy("stu-1", "2027-05-04", "2027-08-03");
        students.validate("stu-1", contract, "16", "2027-08-10");
        var shorter = students.signInternship("stu-2", "2027-03-01", "2027-07-15");
        students.validate("stu-2", shorter, "12", "2027-07-20");
        var other = students.signInternship("stu-9", "2027-01-04", "2027-05-03");
        students.validate("stu-9", other, "12", "2027-05-10");

        var year = page(0, 10);

        assertThat(year.requiredMonths()).isEqualByComparingTo("6.00");
        assertThat(year.met()).isEqualTo(1);
        assertThat(year.notMet()).isEqualTo(2);
        // Furthest from the requirement first: nothing validated, then 4.48 of 6, then met.
        assertThat(year.items())
                .extracting(
                        ExperienceStanding::studentId,
                        s -> s.validatedMonths().toPlainString(),
                        s -> s.requiredMonths().toPlainString(),
                        ExperienceStanding::met,
                        s -> s.monthsMissing().toPlainString())
                .containsExactly(
                        tuple("stu-3", "0.00", "6.00", false, "6.00"),
                        tuple("stu-2", "4.48", "6.00", false, "1.52"),
                        tuple("stu-1", "7.00", "6.00", true, "0.00"));
    }

    @Test
    void theMonthsAreThoseTheAggregateValidatedForTheTimeActuallyDone() {
        students.enroll("stu-1", "M2-ISD");
        var internship = students.signInternship("stu-1", "2027-02-01", "2027-06-30");
        students.endEarly("stu-1", internship, "2027-04-30");
        students.validate("stu-1", internship, "14", "2027-05-10");

        var standing = page(0, 10).items().get(0);

        assertThat(standing.validatedMonths())
                .isEqualByComparingTo(placement.record("stu-1").validatedMonths())
                .isEqualByComparingTo("3.00");
    }

    @Test
    void standingsStoredAsJsonByTheReleaseBeforeAreKeptUpAfterTheUpgrade() {
        students.enroll("stu-1", "M2-ISD");
        students.enroll("stu-2", "M2-ISD");
        var internship = students.signInternship("stu-1", "2027-01-04", "2027-05-03");
        placement.rewriteAsJson(CohortStores.STUDENT_ROWS, StudentRow.class);
        placement.rewriteAsJson(CohortStores.COHORT_ROWS, StudentRow.class);
        placement.rewriteAsJson(ExperienceProjector.STANDINGS, ExperienceStanding.class);
        placement.rewriteAsJson(ExperienceProjector.COUNTS, ExperienceCounts.class);
        placement.rewriteAsJson(PlacementAggregate.STATE_STORE, PlacementRecord.class);

        students.validate("stu-1", internship, "15", "2027-05-10");

        var year = page(0, 10);
        assertThat(year.notMet()).isEqualTo(2);
        assertThat(year.items()).extracting(ExperienceStanding::studentId).containsExactly("stu-2", "stu-1");
        assertThat(year.items().get(1).validatedMonths())
                .isEqualByComparingTo(placement.record("stu-1").validatedMonths())
                .isPositive();
    }

    @Test
    void aStudentWhoWithdrawsLeavesTheCountsAndTheList() {
        students.enroll("stu-1", "M2-ISD");
        students.enroll("stu-2", "M2-ISD");
        var internship = students.signInternship("stu-1", "2027-01-04", "2027-05-03");
        students.validate("stu-1", internship, "15", "2027-05-10");
        assertThat(page(0, 10).notMet()).isEqualTo(2);

        students.withdraw("stu-1");

        var year = page(0, 10);
        assertThat(year.notMet()).isEqualTo(1);
        assertThat(year.met()).isZero();
        assertThat(year.items()).extracting(ExperienceStanding::studentId).containsExactly("stu-2");
    }

    @Test
    void theStudentsArePagedAndTheCountsCoverTheWholeYear() {
        for (var student : new String[] {"stu-1", "stu-2", "stu-3"}) {
            students.enroll(student, "M2-ISD");
        }

        var first = page(0, 2);
        var second = page(1, 2);

        assertThat(first.items()).extracting(ExperienceStanding::studentId).containsExactly("stu-1", "stu-2");
        assertThat(first.hasNext()).isTrue();
        assertThat(first.notMet()).isEqualTo(3);
        assertThat(second.items()).extracting(ExperienceStanding::studentId).containsExactly("stu-3");
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void aRowStoredBeforeRowsKeptExperienceDoesNotStopTheReadModels() {
        var old = JsonSerde.of(StudentRow.class)
                .deserialize("placement-student-rows", """
                        {"studentId":"stu-old","cohort":{"programme":"M2-ISD","academicYear":"2026-2027"},\
                        "enrolled":true,"withdrawn":false,"unvalidated":[],"contracts":[],"graduated":false,\
                        "outcome":null}""".getBytes(StandardCharsets.UTF_8));
        placement.<StudentRow>store(CohortStores.STUDENT_ROWS).put("stu-old", old);
        placement.<StudentRow>store(CohortStores.COHORT_ROWS).put(CohortStores.studentKey(ISD, "stu-old"), old);
        students.enroll("stu-new", "M2-ISD");

        placement.curriculum("stu-old", Lifecycle.degreeAwarded("stu-old", "M2-ISD"));

        assertThat(placement
                        .<StudentRow>store(CohortStores.STUDENT_ROWS)
                        .get("stu-old")
                        .graduated())
                .isTrue();
        assertThat(placement.deadLetters("curriculum.events")).isEmpty();
        // Its requirement is unknown until the read models are rebuilt: it is left out rather than guessed.
        var year = page(0, 10);
        assertThat(year.items()).extracting(ExperienceStanding::studentId).containsExactly("stu-new");
        assertThat(year.notMet()).isEqualTo(1);
    }

    private ExperiencePage page(int page, int size) {
        return ExperienceQuery.page(
                placement.<ExperienceStanding>store(ExperienceProjector.STANDINGS),
                placement.<ExperienceCounts>store(ExperienceProjector.COUNTS),
                ISD,
                new BigDecimal("6.00"),
                new PageRequest(page, size));
    }
}
