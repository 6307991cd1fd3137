package edu.lifecycle.curriculum.transcript.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.CurriculumDriver;
import edu.lifecycle.curriculum.Events;
import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.curriculum.transcript.ExamSession;
import edu.lifecycle.curriculum.transcript.TranscriptCommand;
import edu.lifecycle.curriculum.transcript.TranscriptStatus;
import edu.lifecycle.events.curriculum.CourseGradeRecorded;
import edu.lifecycle.events.curriculum.DefenseScheduled;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.DissertationDefended;
import edu.lifecycle.events.curriculum.DissertationSubmitted;
import edu.lifecycle.events.curriculum.Mention;
import edu.lifecycle.events.curriculum.TranscriptClosed;
import edu.lifecycle.events.curriculum.TranscriptOpened;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.command.CommandOutcome;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TranscriptsTopologyTest {

    private static final String STUDENT = "stu-1";

    private final CurriculumDriver curriculum = new CurriculumDriver();

    @AfterEach
    void close() {
        curriculum.close();
    }

    @Test
    void anEnrollmentOnAdmissionsEventsOpensATranscriptWithSixtyEcts() {
        curriculum.admissions(Events.studentEnrolled(STUDENT));

        var opened = curriculum.events(TranscriptOpened.class);
        assertThat(opened).singleElement().satisfies(event -> {
            assertThat(event.getStudentId()).isEqualTo(STUDENT);
            assertThat(event.getCourses()).hasSize(19);
            assertThat(event.getRequiredEcts()).isEqualTo(60);
            assertThat(event.getAcademicYear()).isEqualTo(Programmes.YEAR);
        });
        assertThat(curriculum.transcript(STUDENT).status()).isEqualTo(TranscriptStatus.OPEN);
    }

    @Test
    void anEnrollmentInAProgrammeTheCurriculumDoesNotTeachIsRefusedWithANamedRule() {
        curriculum.admissions(Events.studentEnrolled(STUDENT, "M2-XYZ"));

        assertThat(curriculum.events(TranscriptOpened.class)).isEmpty();
        assertThat(curriculum.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.REJECTED);
            assertThat(outcome.rejection().rule()).isEqualTo("programme-unknown");
        });
    }

    @Test
    void aGradeIsRecordedAndPublishedWithTheEctsItEarned() {
        curriculum.admissions(Events.studentEnrolled(STUDENT));

        var outcome = grade(STUDENT, "ISD-03", "13.5", ExamSession.FIRST);

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(outcome.view().get("ectsEarned").asInt()).isEqualTo(3);
        assertThat(outcome.view().get("runningAverage").decimalValue()).isEqualByComparingTo("13.50");
        assertThat(curriculum.events(CourseGradeRecorded.class)).singleElement().satisfies(event -> {
            assertThat(event.getMark()).isEqualTo(new BigDecimal("13.50"));
            assertThat(event.getPassed()).isTrue();
            assertThat(event.getEctsEarned()).isEqualTo(3);
        });
    }

    @Test
    void aWithdrawalClosesTheTranscriptAndGradesAreThenRefused() {
        curriculum.admissions(Events.studentEnrolled(STUDENT));
        curriculum.admissions(Events.enrollmentWithdrawn(STUDENT));

        var refused = grade(STUDENT, "CC-01", "12", ExamSession.FIRST);

        assertThat(curriculum.events(TranscriptClosed.class)).hasSize(1);
        assertThat(refused.status()).isEqualTo(CommandOutcome.Status.REJECTED);
        assertThat(refused.rejection().rule()).isEqualTo("transcript-closed");
        assertThat(curriculum.events(CourseGradeRecorded.class)).isEmpty();
    }

    @Test
    void theDissertationGoesFromSubmissionToDefenseOnTheTopic() {
        curriculum.admissions(Events.studentEnrolled(STUDENT));
        submitAndSchedule(STUDENT);

        curriculum.sendAt(
                CurriculumDriver.AFTER_DEFENSES,
                meta -> new TranscriptCommand.RecordDefenseResult(
                        meta.commandId(), STUDENT, meta.issuedAt(), new BigDecimal("16")));

        assertThat(curriculum.events(DissertationSubmitted.class)).hasSize(1);
        assertThat(curriculum.events(DefenseScheduled.class))
                .singleElement()
                .satisfies(event -> assertThat(event.getJury()).containsExactly("Prof. Dubois", "Dr Roy"));
        assertThat(curriculum.events(DissertationDefended.class))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getPassed()).isTrue();
                    assertThat(event.getEctsEarned()).isEqualTo(10);
                });
    }

    @Test
    void aResultBeforeTheDefenseIsRefusedAndARescheduleIsPublishedAsANewDefenseScheduled() {
        curriculum.admissions(Events.studentEnrolled(STUDENT));
        submitAndSchedule(STUDENT);
        var nextMonth = CurriculumDriver.START.plusSeconds(30 * 86_400);

        var early = curriculum.send(meta -> new TranscriptCommand.RecordDefenseResult(
                meta.commandId(), STUDENT, meta.issuedAt(), new BigDecimal("16")));
        var moved = curriculum.send(meta -> new TranscriptCommand.RescheduleDefense(
                meta.commandId(),
                STUDENT,
                meta.issuedAt(),
                nextMonth,
                "Amphi A",
                List.of("Prof. Dubois", "Mme Leroy")));

        assertThat(early.status()).isEqualTo(CommandOutcome.Status.REJECTED);
        assertThat(early.rejection().rule()).isEqualTo("defense-not-yet-held");
        assertThat(curriculum.events(DissertationDefended.class)).isEmpty();
        assertThat(moved.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(moved.view().get("dissertation").get("defense").get("room").asText())
                .isEqualTo("Amphi A");
        assertThat(curriculum.events(DefenseScheduled.class)).hasSize(2).last().satisfies(event -> {
            assertThat(event.getDefenseAt()).isEqualTo(nextMonth);
            assertThat(event.getJury()).containsExactly("Prof. Dubois", "Mme Leroy");
        });
    }

    /** The four conditions of the degree, each arriving the way it does in production. */
    enum Condition {
        LAST_COURSE_PASSED,
        DISSERTATION_PASSED,
        EXPERIENCE_MET,
        TUITION_SETTLED
    }

    static Stream<List<Condition>> everyArrivalOrder() {
        return permutations(List.of(Condition.values())).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyArrivalOrder")
    void theDegreeIsAwardedOnceWhateverTheOrderOfTheFourConditionsAndNeverBefore(List<Condition> order) {
        curriculum.admissions(Events.studentEnrolled(STUDENT));
        var courses = Programmes.allCourses();
        for (String course : courses.subList(0, courses.size() - 1)) {
            grade(STUDENT, course, "15", ExamSession.FIRST);
        }
        submitAndSchedule(STUDENT);

        for (int i = 0; i < order.size(); i++) {
            assertThat(curriculum.events(DegreeAwarded.class))
                    .as("no degree while %s is missing", order.subList(i, order.size()))
                    .isEmpty();
            arrive(order.get(i), courses.get(courses.size() - 1));
        }

        assertThat(curriculum.events(DegreeAwarded.class)).singleElement().satisfies(degree -> {
            assertThat(degree.getStudentId()).isEqualTo(STUDENT);
            assertThat(degree.getAverage()).isEqualTo(new BigDecimal("15.00"));
            assertThat(degree.getMention()).isEqualTo(Mention.BIEN);
            assertThat(degree.getEctsEarned()).isEqualTo(60);
            assertThat(degree.getProgramme()).isEqualTo(Programmes.ISD);
        });
        // The conditions reported again change nothing.
        curriculum.placement(Events.experienceRequirementMet(STUDENT));
        curriculum.billing(Events.tuitionSettled(STUDENT));
        assertThat(curriculum.events(DegreeAwarded.class)).hasSize(1);
        assertThat(curriculum.transcript(STUDENT).status()).isEqualTo(TranscriptStatus.GRADUATED);
    }

    @Test
    void theConditionsFromOtherServicesMayArriveBeforeTheEnrollment() {
        curriculum.placement(Events.experienceRequirementMet(STUDENT));
        curriculum.billing(Events.tuitionSettled(STUDENT));
        curriculum.admissions(Events.studentEnrolled(STUDENT));
        for (String course : Programmes.allCourses()) {
            grade(STUDENT, course, "17", ExamSession.FIRST);
        }
        submitAndSchedule(STUDENT);

        curriculum.sendAt(
                CurriculumDriver.AFTER_DEFENSES,
                meta -> new TranscriptCommand.RecordDefenseResult(
                        meta.commandId(), STUDENT, meta.issuedAt(), new BigDecimal("18")));

        assertThat(curriculum.events(DegreeAwarded.class))
                .singleElement()
                .satisfies(degree -> assertThat(degree.getMention()).isEqualTo(Mention.TRES_BIEN));
    }

    @Test
    void otherEventsOfTheSourceTopicsAreIgnored() {
        curriculum.admissions(Events.enrollmentWithdrawn("never-enrolled"));

        assertThat(curriculum.events()).isEmpty();
        assertThat(curriculum.outcomes())
                .singleElement()
                .satisfies(outcome -> assertThat(outcome.rejection().rule()).isEqualTo("transcript-not-found"));
    }

    @Test
    void aCommandSentTwiceIsDecidedOnce() {
        curriculum.admissions(Events.studentEnrolled(STUDENT));
        Function<CommandMeta, TranscriptCommand> body = meta -> new TranscriptCommand.RecordGrade(
                meta.commandId(), STUDENT, meta.issuedAt(), "CC-02", new BigDecimal("11"), ExamSession.FIRST);

        var first = curriculum.send("grade-cc-02", body);
        var again = curriculum.send("grade-cc-02", body);

        assertThat(first.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(again.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(curriculum.events(CourseGradeRecorded.class)).hasSize(1);
    }

    @Test
    void anUnreadablePlacementEventGoesToTheDeadLetterTopicAndTheNextOneIsStillApplied() {
        // TopologyTestDriver drops what a deserialization handler returns under exactly-once; the kit proves the
        // exactly-once path on a real broker, this test the routing.
        var properties = new Properties();
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        try (var atLeastOnce = new CurriculumDriver(
                topics -> List.of(new TranscriptsTopology(topics, Programmes.catalog(), GradingScheme.french())),
                properties)) {
            atLeastOnce.admissions(Events.studentEnrolled(STUDENT));
            atLeastOnce.unreadablePlacementEvent(STUDENT, "not avro".getBytes(StandardCharsets.UTF_8));

            atLeastOnce.placement(Events.experienceRequirementMet(STUDENT));

            assertThat(atLeastOnce.deadLetters())
                    .singleElement()
                    .satisfies(dead -> assertThat(new String(
                                    dead.headers()
                                            .lastHeader("dlt.source.topic")
                                            .value(),
                                    StandardCharsets.UTF_8))
                            .isEqualTo("placement.events"));
            assertThat(atLeastOnce.transcript(STUDENT).experience()).isPresent();
        }
    }

    private void arrive(Condition condition, String lastCourse) {
        switch (condition) {
            case LAST_COURSE_PASSED -> grade(STUDENT, lastCourse, "15", ExamSession.FIRST);
            case DISSERTATION_PASSED ->
                curriculum.sendAt(
                        CurriculumDriver.AFTER_DEFENSES,
                        meta -> new TranscriptCommand.RecordDefenseResult(
                                meta.commandId(), STUDENT, meta.issuedAt(), new BigDecimal("15")));
            case EXPERIENCE_MET -> curriculum.placement(Events.experienceRequirementMet(STUDENT));
            case TUITION_SETTLED -> curriculum.billing(Events.tuitionSettled(STUDENT));
        }
    }

    private CommandOutcome grade(String student, String course, String mark, ExamSession session) {
        return curriculum.send(meta -> new TranscriptCommand.RecordGrade(
                meta.commandId(), student, meta.issuedAt(), course, new BigDecimal(mark), session));
    }

    private void submitAndSchedule(String student) {
        curriculum.send(meta -> new TranscriptCommand.SubmitDissertation(
                meta.commandId(), student, meta.issuedAt(), "Private military companies in the Sahel", "Prof. Dubois"));
        var scheduled = curriculum.send(meta -> new TranscriptCommand.ScheduleDefense(
                meta.commandId(),
                student,
                meta.issuedAt(),
                CurriculumDriver.START.plusSeconds(7 * 86_400),
                "Room B-204",
                List.of("Prof. Dubois", "Dr Roy")));
        assertThat(scheduled.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        var all = new ArrayList<List<T>>();
        for (T first : items) {
            var rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<T> tail : permutations(rest)) {
                var order = new ArrayList<T>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
