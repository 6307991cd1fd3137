package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.Decisions.eventsOf;
import static edu.lifecycle.admissions.application.Applicants.DECIDER;
import static edu.lifecycle.admissions.application.Applicants.STUDENT;
import static edu.lifecycle.admissions.application.Applicants.day;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.ApplicationCommand.GradeEntranceExam;
import edu.lifecycle.admissions.application.ApplicationCommand.RecordAdmissionDecision;
import edu.lifecycle.admissions.application.ApplicationCommand.RequestAdmissionDecision;
import edu.lifecycle.admissions.application.ApplicationCommand.Withdraw;
import edu.lifecycle.admissions.application.ApplicationEvent.AdmissionDecided;
import edu.lifecycle.admissions.application.ApplicationEvent.AdmissionDecisionRequested;
import edu.lifecycle.admissions.application.ApplicationEvent.EligibilityOverridden;
import edu.lifecycle.admissions.application.ApplicationEvent.EnrollmentWithdrawn;
import edu.lifecycle.admissions.application.ApplicationEvent.EntranceExamGraded;
import edu.lifecycle.admissions.intake.AdmissionDecision;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A decision records the staff id of the signed-in person who sent the command, and only that. */
class RecordingWhoDecidedTest {

    private static final Optional<String> OFFICER = Optional.of("admissions-officer");

    @Test
    void anOverrideIsRecordedUnderTheSignedInOfficer() {
        var command = Applicants.override(true, "Equivalent experience", " admissions-officer ");

        assertThat(eventsOf(DECIDER.decide(Optional.of(Applicants.ineligible()), command)))
                .singleElement()
                .isInstanceOfSatisfying(
                        EligibilityOverridden.class,
                        overridden -> assertThat(overridden.overriddenBy()).isEqualTo("admissions-officer"));
    }

    @Test
    void theMarksAreRecordedUnderWhoeverEnteredThem() {
        var command =
                new GradeEntranceExam("grade", STUDENT, day(10), new BigDecimal("14"), new BigDecimal("15"), OFFICER);

        assertThat(eventsOf(DECIDER.decide(Optional.of(Applicants.eligible()), command)))
                .singleElement()
                .isInstanceOfSatisfying(
                        EntranceExamGraded.class,
                        graded -> assertThat(graded.staffId()).isEqualTo(OFFICER));
    }

    @Test
    void marksSentByNobodySignedInRecordNobody() {
        assertThat(eventsOf(DECIDER.decide(Optional.of(Applicants.eligible()), Applicants.grade("14", "15"))))
                .singleElement()
                .isInstanceOfSatisfying(
                        EntranceExamGraded.class,
                        graded -> assertThat(graded.staffId()).isEmpty());
    }

    @Test
    void aRequestedDecisionCarriesWhoAskedToTheIntake() {
        var command = new RequestAdmissionDecision(
                "request", STUDENT, day(20), AdmissionDecision.ADMITTED, Optional.empty(), OFFICER);

        assertThat(eventsOf(DECIDER.decide(Optional.of(Applicants.eligibleWithExamGraded()), command)))
                .singleElement()
                .isInstanceOfSatisfying(
                        AdmissionDecisionRequested.class,
                        requested -> assertThat(requested.staffId()).isEqualTo(OFFICER));
    }

    @Test
    void theFinalDecisionIsRecordedUnderWhoAskedForIt() {
        var command = new RecordAdmissionDecision(
                "record", STUDENT, day(21), AdmissionDecision.WAITLISTED, Optional.of("capacity reached"), OFFICER);

        assertThat(eventsOf(
                        DECIDER.decide(Optional.of(Applicants.awaitingDecision(AdmissionDecision.ADMITTED)), command)))
                .containsExactly(new AdmissionDecided(
                        STUDENT, day(21), AdmissionDecision.WAITLISTED, Optional.of("capacity reached"), OFFICER));
    }

    @Test
    void aWithdrawalIsRecordedUnderTheOfficerWhoRecordedIt() {
        var command = new Withdraw("withdraw", STUDENT, day(60), "moved abroad", OFFICER);

        assertThat(eventsOf(DECIDER.decide(Optional.of(Applicants.admitted()), command)))
                .singleElement()
                .isInstanceOfSatisfying(
                        EnrollmentWithdrawn.class,
                        withdrawn -> assertThat(withdrawn.staffId()).isEqualTo(OFFICER));
    }
}
