package edu.lifecycle.admissions.application.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.ApplicantProfile;
import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.application.ApplicationStatus;
import edu.lifecycle.admissions.application.PriorDegree;
import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.programme.Programmes;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import edu.lifecycle.events.admissions.AdmissionDecided;
import edu.lifecycle.events.admissions.ApplicationSubmitted;
import edu.lifecycle.events.admissions.EligibilityAssessed;
import edu.lifecycle.events.admissions.EligibilityOverridden;
import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.events.admissions.EntranceExamGraded;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.WaitlistedApplicantPromoted;
import edu.lifecycle.events.profiles.StudentProfile;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.command.CommandOutcome;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApplicationsTopologyTest {

    private final ApplicationsDriver admissions = new ApplicationsDriver(Programmes.catalog());

    @AfterEach
    void close() {
        admissions.close();
    }

    @Test
    void aSubmittedApplicationIsAssessedAtOnceAndItsPersonalDataGoesOnlyToTheProfilesTopic() {
        var outcome = submit("stu-1", 240);

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(outcome.view().get("status").asText()).isEqualTo("ELIGIBLE");
        assertThat(admissions.events())
                .hasExactlyElementsOfTypes(ApplicationSubmitted.class, EligibilityAssessed.class);
        assertThat(admissions.events(EligibilityAssessed.class).get(0).getEligible())
                .isTrue();
        assertThat(admissions.events().toString()).doesNotContain("Camille").doesNotContain("camille@");
        assertThat(admissions.profiles())
                .singleElement()
                .satisfies(profile -> assertThat(profile.value())
                        .isEqualTo(new StudentProfile("stu-1", "Camille Martin", "camille@example.org")));
    }

    @Test
    void everyEventOfOneCommandGetsItsOwnIdAndTheStudentAsKey() {
        submit("stu-1", 200);

        var ids = new HashSet<String>();
        for (SpecificRecord event : admissions.events()) {
            ids.add(event.get(event.getSchema().getField("eventId").pos()).toString());
            assertThat(event.get(event.getSchema().getField("studentId").pos())).hasToString("stu-1");
        }
        assertThat(ids).hasSize(2);
    }

    @Test
    void aRefusalNamesTheRuleAndPublishesNothing() {
        submit("stu-1", 200);
        admissions.events();

        var outcome = grade("stu-1");

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.REJECTED);
        assertThat(outcome.rejection().rule()).isEqualTo("exam-requires-eligibility");
        assertThat(admissions.events()).hasSize(2);
    }

    @Test
    void theIntakeWaitlistsAdmissionsPastCapacityAndPromotesTheBestWhenASeatFrees() {
        // M2-ISD has two seats in 2026-2027 in the test reference data.
        for (var student : new String[] {"stu-1", "stu-2", "stu-3", "stu-4"}) {
            submit(student, 240);
        }
        grade("stu-1", "15.00", "15.00");
        grade("stu-2", "14.00", "14.00");
        grade("stu-3", "11.00", "11.00");
        grade("stu-4", "13.50", "13.50");
        for (var student : new String[] {"stu-1", "stu-2", "stu-3", "stu-4"}) {
            admit(student);
        }

        assertThat(admissions.application("stu-1").status()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(admissions.application("stu-2").status()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(admissions.application("stu-3").status()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(admissions.application("stu-4").status()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(admissions.events(AdmissionDecided.class))
                .extracting(decided -> decided.getStudentId() + ":" + decided.getDecision())
                .containsExactly("stu-1:ADMITTED", "stu-2:ADMITTED", "stu-3:WAITLISTED", "stu-4:WAITLISTED");

        admissions.send(enrollment("stu-2"));
        admissions.send(withdrawal("stu-2", "moved abroad"));

        assertThat(admissions.events(EnrollmentWithdrawn.class))
                .singleElement()
                .satisfies(withdrawn -> assertThat(withdrawn.getStudentId()).isEqualTo("stu-2"));
        assertThat(admissions.events(WaitlistedApplicantPromoted.class))
                .singleElement()
                .satisfies(promoted -> assertThat(promoted.getStudentId()).isEqualTo("stu-4"));
        assertThat(admissions.application("stu-4").status()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(admissions.application("stu-3").status()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(admissions.intake("M2-ISD/2026-2027").seatHolders()).containsExactlyInAnyOrder("stu-1", "stu-4");
    }

    @Test
    void eachPublishedDecisionCarriesTheStaffIdOfWhoeverSentItAndAPromotionNone() {
        // M2-ISD has two seats: the third admission is waitlisted, then promoted when the second withdraws.
        for (var student : new String[] {"stu-1", "stu-2", "stu-3"}) {
            submit(student, 240);
        }
        submit("stu-4", 100);
        admissions.sendAs(
                "officer-o",
                meta -> new ApplicationCommand.OverrideEligibility(
                        meta.commandId(), "stu-4", meta.issuedAt(), true, "Equivalent experience", meta.actor()));
        admissions.sendAs("registrar-g", marks("stu-1", "15.00", "15.00"));
        grade("stu-2", "14.00", "14.00");
        grade("stu-3", "13.00", "13.00");
        for (var student : new String[] {"stu-1", "stu-2", "stu-3"}) {
            admissions.sendAs("officer-a", admission(student));
        }
        admissions.sendAs("officer-w", withdrawal("stu-2", "moved"));

        assertThat(admissions.events(EligibilityOverridden.class))
                .singleElement()
                .satisfies(overridden -> {
                    assertThat(overridden.getStaffId()).isEqualTo("officer-o");
                    assertThat(overridden.getOverriddenBy()).isEqualTo("officer-o");
                });
        assertThat(admissions.events(EntranceExamGraded.class))
                .extracting(graded -> graded.getStudentId() + ":" + graded.getStaffId())
                .containsExactly("stu-1:registrar-g", "stu-2:null", "stu-3:null");
        assertThat(admissions.events(AdmissionDecided.class))
                .extracting(
                        decided -> decided.getStudentId() + ":" + decided.getDecision() + ":" + decided.getStaffId())
                .containsExactly("stu-1:ADMITTED:officer-a", "stu-2:ADMITTED:officer-a", "stu-3:WAITLISTED:officer-a");
        assertThat(admissions.events(EnrollmentWithdrawn.class))
                .singleElement()
                .satisfies(withdrawn -> assertThat(withdrawn.getStaffId()).isEqualTo("officer-w"));
        // The intake's promotion is nobody's decision; its event has no staff id to carry.
        assertThat(admissions.events(WaitlistedApplicantPromoted.class))
                .singleElement()
                .satisfies(promoted -> {
                    assertThat(promoted.getStudentId()).isEqualTo("stu-3");
                    assertThat(promoted.getSchema().getField("staffId")).isNull();
                });
    }

    @Test
    void theFinalDecisionIsTheOutcomeOfACommandWhoseIdDerivesFromTheJurysRequest() {
        // The HTTP request for a decision waits for exactly these outcomes: the wiring must produce them.
        for (var student : new String[] {"stu-1", "stu-2", "stu-3"}) {
            submit(student, 240);
            grade(student, "14.00", "14.00");
        }
        for (var student : new String[] {"stu-1", "stu-2", "stu-3"}) {
            var request = admissions.send("jury-" + student, admission(student));
            assertThat(request.view().get("status").asText()).isEqualTo("AWAITING_DECISION");
        }

        var placement = admissions.outcomeOf(AdmissionDecisionCommandIds.placement("jury-stu-1"));
        assertThat(placement.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(placement.aggregateKey()).isEqualTo("M2-ISD/2026-2027");
        var first = admissions.outcomeOf(AdmissionDecisionCommandIds.finalDecisionOfRequest("jury-stu-1"));
        assertThat(first.aggregateKey()).isEqualTo("stu-1");
        assertThat(first.view().get("status").asText()).isEqualTo("ADMITTED");
        // Two seats: the third admission is waitlisted, and its outcome says so.
        var third = admissions.outcomeOf(AdmissionDecisionCommandIds.finalDecisionOfRequest("jury-stu-3"));
        assertThat(third.view().get("status").asText()).isEqualTo("WAITLISTED");
        assertThat(third.view().get("admission").get("reason").asText()).isEqualTo("capacity reached");
    }

    @Test
    void aGradedApplicationShowsBothMarksAndTheirAverageOutOfTwenty() {
        submit("stu-1", 240);

        var graded = grade("stu-1", "14.25", "15.00");

        var exam = graded.view().get("exam");
        assertThat(exam.get("writtenMark").decimalValue()).isEqualByComparingTo("14.25");
        assertThat(exam.get("interviewMark").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(exam.get("averageMark").decimalValue()).isEqualByComparingTo("14.625");
        assertThat(exam.get("outOf").asInt()).isEqualTo(20);
        assertThat(exam.has("score")).as("a sum of two marks with no scale").isFalse();
    }

    @Test
    void anEnrollmentPublishesTheRegistrationDateWhereTheProgrammeRuns() {
        submit("stu-1", 240);
        grade("stu-1", "12.00", "12.00");
        admit("stu-1");

        var outcome = admissions.send(enrollment("stu-1"));

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(admissions.events(StudentEnrolled.class)).singleElement().satisfies(enrolled -> {
            assertThat(enrolled.getProgramme()).isEqualTo("M2-ISD");
            assertThat(enrolled.getAcademicYear()).isEqualTo("2026-2027");
            assertThat(enrolled.getRegisteredOn()).isEqualTo(LocalDate.of(2026, 6, 2));
        });
    }

    @Test
    void aRepeatedCommandIdHasOneEffectAndTheFirstOutcome() {
        var first = admissions.send("cmd-1", application("stu-1", 240));
        var events = admissions.events().size();

        var again = admissions.send("cmd-1", application("stu-1", 240));

        assertThat(again).isEqualTo(first);
        assertThat(admissions.events()).hasSize(events);
    }

    @Test
    void erasureWritesATombstoneAndForgetsTheNameButKeepsTheFacts() {
        submit("stu-1", 240);
        admissions.profiles();

        var outcome = admissions.send(ApplicationsDriver.erasure("stu-1"));

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(admissions.profiles()).singleElement().satisfies(tombstone -> {
            assertThat(tombstone.key()).isEqualTo("stu-1");
            assertThat(tombstone.value()).isNull();
        });
        var application = admissions.application("stu-1");
        assertThat(application.applicant()).isEmpty();
        assertThat(application.status()).isEqualTo(ApplicationStatus.ELIGIBLE);
    }

    @Test
    void anUnreadableCommandGoesToTheDeadLetterTopicAndTheNextOneIsStillApplied() {
        // TopologyTestDriver drops what a deserialization handler returns under exactly-once; the kit proves the
        // exactly-once path on a real broker, this test the routing.
        var properties = new Properties();
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        try (var atLeastOnce = new ApplicationsDriver(Programmes.catalog(), properties)) {
            atLeastOnce.rawCommands.pipeInput("stu-1", "not json".getBytes(StandardCharsets.UTF_8));

            var outcome = atLeastOnce.send(application("stu-1", 240));

            assertThat(atLeastOnce.commandDeadLetters.readRecordsToList())
                    .singleElement()
                    .satisfies(dead -> assertThat(new String(
                                    dead.headers()
                                            .lastHeader("dlt.source.topic")
                                            .value(),
                                    StandardCharsets.UTF_8))
                            .isEqualTo("admissions.commands"));
            assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        }
    }

    private CommandOutcome submit(String studentId, int ects) {
        return admissions.send(application(studentId, ects));
    }

    private CommandOutcome grade(String studentId) {
        return grade(studentId, "12.00", "12.00");
    }

    private CommandOutcome grade(String studentId, String written, String interview) {
        return admissions.send(marks(studentId, written, interview));
    }

    private static Function<CommandMeta, ApplicationCommand> marks(String studentId, String written, String interview) {
        return meta -> new ApplicationCommand.GradeEntranceExam(
                meta.commandId(),
                studentId,
                meta.issuedAt(),
                new BigDecimal(written),
                new BigDecimal(interview),
                meta.actor());
    }

    private void admit(String studentId) {
        var outcome = admissions.send(admission(studentId));
        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
    }

    private static Function<CommandMeta, ApplicationCommand> admission(String studentId) {
        return meta -> new ApplicationCommand.RequestAdmissionDecision(
                meta.commandId(),
                studentId,
                meta.issuedAt(),
                AdmissionDecision.ADMITTED,
                Optional.empty(),
                meta.actor());
    }

    private static Function<CommandMeta, ApplicationCommand> enrollment(String studentId) {
        return meta -> new ApplicationCommand.Enroll(
                meta.commandId(), studentId, meta.issuedAt(), StudyStream.PROFESSIONAL, TrainingScheme.INITIAL);
    }

    private static Function<CommandMeta, ApplicationCommand> withdrawal(String studentId, String reason) {
        return meta ->
                new ApplicationCommand.Withdraw(meta.commandId(), studentId, meta.issuedAt(), reason, meta.actor());
    }

    private static Function<CommandMeta, ApplicationCommand> application(String studentId, int ects) {
        return meta -> new ApplicationCommand.SubmitApplication(
                meta.commandId(),
                studentId,
                meta.issuedAt(),
                "M2-ISD",
                "2026-2027",
                new PriorDegree("Master 1 Political Science", "Université Grenoble Alpes", "FR", ects),
                StudyStream.PROFESSIONAL,
                TrainingScheme.INITIAL,
                new ApplicantProfile("Camille Martin", "camille@example.org"));
    }
}
