package edu.lifecycle.curriculum.graduation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.CurriculumDriver;
import edu.lifecycle.curriculum.Events;
import edu.lifecycle.curriculum.Students;
import edu.lifecycle.curriculum.graduation.GraduationReadiness;
import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.curriculum.transcript.ExamSession;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.StudyStream;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.events.curriculum.TranscriptOpened;
import edu.lifecycle.servicekit.query.Page;
import edu.lifecycle.servicekit.query.StorePages;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The readiness list of a programme year, kept under the programme year's key after a repartition. */
class GraduationReadinessTopologyTest {

    private static final String NEXT_YEAR = "2027-2028";

    private final CurriculumDriver curriculum = CurriculumDriver.withReadModels();
    private final Students students = new Students(curriculum);

    @AfterEach
    void close() {
        curriculum.close();
    }

    @Test
    void listsEveryStudentOfTheProgrammeYearByStudentIdWhateverTheOrderTheyEnrolled() {
        for (String student : List.of("stu-3", "stu-10", "stu-1", "stu-2")) {
            students.enroll(student);
        }

        assertThat(studentIds(Programmes.YEAR)).containsExactly("stu-1", "stu-10", "stu-2", "stu-3");
        assertThat(lines(Programmes.YEAR))
                .allSatisfy(line ->
                        assertThat(line.missing()).containsExactly("ects", "dissertation", "experience", "tuition"));
    }

    @Test
    void aPageEndsAtItsLimitAndTheNextGoesOnAfterItsLastStudent() {
        for (String student : List.of("stu-4", "stu-2", "stu-3", "stu-1")) {
            students.enroll(student);
        }
        var prefix = ReadinessRows.prefix(Programmes.ISD, Programmes.YEAR);

        var first = StorePages.page(readiness(), prefix, null, 3);
        var second = StorePages.page(readiness(), prefix, first.next(), 3);

        assertThat(first.items())
                .extracting(item -> item.value().studentId())
                .containsExactly("stu-1", "stu-2", "stu-3");
        assertThat(first.next()).isEqualTo(prefix + "stu-3");
        assertThat(second.items()).extracting(item -> item.value().studentId()).containsExactly("stu-4");
        assertThat(second.next()).isNull();
    }

    @Test
    void aChecklistChangeUpdatesTheStudentsOneLine() {
        students.enroll("stu-1");
        curriculum.billing(Events.tuitionSettled("stu-1"));
        students.grade("stu-1", "CC-01", "12", ExamSession.FIRST);

        var line = lines(Programmes.YEAR);
        assertThat(line).singleElement().satisfies(only -> {
            assertThat(only.tuition()).isTrue();
            assertThat(only.ectsEarned()).isEqualTo(2);
            assertThat(only.missing()).containsExactly("ects", "dissertation", "experience");
        });
    }

    @Test
    void aGraduateIsListedWithNothingMissingAndTheDegreeAwarded() {
        curriculum.placement(Events.experienceRequirementMet("stu-1"));
        curriculum.billing(Events.tuitionSettled("stu-1"));
        students.graduate("stu-1", "15");

        assertThat(lines(Programmes.YEAR)).singleElement().satisfies(line -> {
            assertThat(line.missing()).isEmpty();
            assertThat(line.degreeAwarded()).isTrue();
        });
    }

    @Test
    void aConditionMetBeforeTheEnrollmentListsNobodyUntilTheTranscriptOpens() {
        curriculum.placement(Events.experienceRequirementMet("stu-1"));

        assertThat(readinessKeys()).isEmpty();

        students.enroll("stu-1");
        assertThat(lines(Programmes.YEAR))
                .singleElement()
                .satisfies(line -> assertThat(line.experience()).isTrue());
    }

    @Test
    void twoProgrammeYearsAreKeptApart() {
        students.enroll("stu-1");
        curriculum.admissions(enrolledFor("stu-2", NEXT_YEAR));
        students.enroll("stu-3");

        assertThat(studentIds(Programmes.YEAR)).containsExactly("stu-1", "stu-3");
        assertThat(studentIds(NEXT_YEAR)).containsExactly("stu-2");
    }

    @Test
    void aStudentWhoseTranscriptOpensForAnotherYearLeavesTheFirstYearsList() {
        students.enroll("stu-1");
        students.enroll("stu-2");

        curriculum.curriculumEvent(openedFor("stu-1", NEXT_YEAR));

        assertThat(studentIds(Programmes.YEAR)).containsExactly("stu-2");
        assertThat(studentIds(NEXT_YEAR)).containsExactly("stu-1");
        assertThat(readinessKeys()).filteredOn(key -> key.endsWith("|stu-1")).hasSize(1);
    }

    private List<String> studentIds(String year) {
        return lines(year).stream().map(GraduationReadiness::studentId).toList();
    }

    private List<GraduationReadiness> lines(String year) {
        return StorePages.page(readiness(), ReadinessRows.prefix(Programmes.ISD, year), null, StorePages.MAX_LIMIT)
                .items()
                .stream()
                .map(Page.Item::value)
                .toList();
    }

    private List<String> readinessKeys() {
        var keys = new ArrayList<String>();
        try (var all = readiness().all()) {
            all.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }

    private KeyValueStore<String, GraduationReadiness> readiness() {
        return curriculum.store(GraduationTopology.READINESS_STORE);
    }

    @Test
    void theEnrollmentsTraceGoesOnThroughTheRepartitionToTheReadinessList() {
        String trace = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        var traced = new RecordHeaders().add("traceparent", trace.getBytes(StandardCharsets.UTF_8));

        curriculum.admissions(Events.studentEnrolled("stu-1"), traced);

        String repartition = curriculum.producedTopics().stream()
                .filter(topic -> topic.endsWith("graduation-readiness-by-cohort-repartition"))
                .findFirst()
                .orElseThrow();
        assertThat(curriculum.rawRecords(repartition))
                .isNotEmpty()
                .allSatisfy(record -> assertThat(record.headers().lastHeader("traceparent"))
                        .isNotNull()
                        .extracting(header -> new String(header.value(), StandardCharsets.UTF_8))
                        .isEqualTo(trace));
        assertThat(studentIds(Programmes.YEAR)).containsExactly("stu-1");
    }

    private static StudentEnrolled enrolledFor(String student, String year) {
        return new StudentEnrolled(
                UUID.randomUUID().toString(),
                Events.ENROLLED_AT,
                student,
                Programmes.ISD,
                year,
                StudyStream.PROFESSIONAL,
                TrainingScheme.INITIAL,
                LocalDate.parse("2027-09-15"));
    }

    private static TranscriptOpened openedFor(String student, String year) {
        return new TranscriptOpened(
                UUID.randomUUID().toString(), Events.ENROLLED_AT, student, Programmes.ISD, year, List.of(), 10, 60);
    }
}
