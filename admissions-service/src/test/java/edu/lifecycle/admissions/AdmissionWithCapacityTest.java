package edu.lifecycle.admissions;

import static edu.lifecycle.admissions.Decisions.eventsOf;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.Applicants;
import edu.lifecycle.admissions.application.Application;
import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.application.ApplicationCommand.Enroll;
import edu.lifecycle.admissions.application.ApplicationCommand.GradeEntranceExam;
import edu.lifecycle.admissions.application.ApplicationCommand.PromoteFromWaitlist;
import edu.lifecycle.admissions.application.ApplicationCommand.RecordAdmissionDecision;
import edu.lifecycle.admissions.application.ApplicationCommand.RequestAdmissionDecision;
import edu.lifecycle.admissions.application.ApplicationCommand.Withdraw;
import edu.lifecycle.admissions.application.ApplicationDecider;
import edu.lifecycle.admissions.application.ApplicationEvent;
import edu.lifecycle.admissions.application.ApplicationEvent.AdmissionDecisionRequested;
import edu.lifecycle.admissions.application.ApplicationEvent.EnrollmentWithdrawn;
import edu.lifecycle.admissions.application.ApplicationStatus;
import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.intake.Intake;
import edu.lifecycle.admissions.intake.IntakeCommand;
import edu.lifecycle.admissions.intake.IntakeCommand.PlaceApplicant;
import edu.lifecycle.admissions.intake.IntakeCommand.ReleaseSeat;
import edu.lifecycle.admissions.intake.IntakeDecider;
import edu.lifecycle.admissions.intake.IntakeEvent;
import edu.lifecycle.admissions.intake.IntakeEvent.ApplicantPlaced;
import edu.lifecycle.admissions.intake.IntakeEvent.WaitlistPromotionGranted;
import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.admissions.programme.Programmes;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Applications and the intake together, routed the way the edge routes them: a requested decision places the
 * applicant in the intake, whose placement comes back as the final decision; a withdrawal releases the seat, whose
 * promotion comes back to the next applicant. Two seats in M2-ISD 2026-2027.
 */
class AdmissionWithCapacityTest {

    private static final IntakeKey INTAKE = new IntakeKey("M2-ISD", Programmes.YEAR);

    private final ApplicationDecider applications = new ApplicationDecider(Programmes.catalog());
    private final IntakeDecider intakes = new IntakeDecider(Programmes.catalog());
    private final Map<String, Application> files = new HashMap<>();
    private Intake intake = Intake.empty(INTAKE);
    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private int commandCount;

    @Test
    void theBestGradedWaitlistedApplicantTakesTheSeatOfAnEnrolledStudentWhoWithdraws() {
        applyAndRequestAdmission("S-A", "15", "15");
        applyAndRequestAdmission("S-B", "14", "14");
        applyAndRequestAdmission("S-C", "13", "13");
        applyAndRequestAdmission("S-D", "16", "16");

        assertThat(statusOf("S-A")).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(statusOf("S-B")).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(statusOf("S-C")).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(statusOf("S-D")).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(files.get("S-D").selection().admission().orElseThrow().reason())
                .contains("capacity reached");

        handle(new Enroll(id(), "S-A", tick(), StudyStream.RESEARCH, TrainingScheme.INITIAL));
        handle(new Withdraw(id(), "S-A", tick(), "found a job"));

        assertThat(statusOf("S-D")).as("best score on the waitlist").isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(statusOf("S-C")).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(intake.seatHolders()).containsExactly("S-B", "S-D");

        handle(new Withdraw(id(), "S-B", tick(), "moved abroad"));

        assertThat(statusOf("S-C")).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(intake.seatHolders()).containsExactly("S-D", "S-C");
        assertThat(intake.waitlist()).isEmpty();
    }

    @Test
    void aWaitlistedApplicantWhoWithdrawsIsSkippedWhenASeatFrees() {
        applyAndRequestAdmission("S-A", "15", "15");
        applyAndRequestAdmission("S-B", "14", "14");
        applyAndRequestAdmission("S-C", "13", "13");
        applyAndRequestAdmission("S-D", "16", "16");

        handle(new Withdraw(id(), "S-D", tick(), "other offer"));
        handle(new Withdraw(id(), "S-A", tick(), "other offer"));

        assertThat(statusOf("S-C")).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(statusOf("S-D")).isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    private void applyAndRequestAdmission(String studentId, String written, String interview) {
        handle(Applicants.aSubmission().student(studentId).at(tick()).command());
        handle(new GradeEntranceExam(id(), studentId, tick(), new BigDecimal(written), new BigDecimal(interview)));
        handle(new RequestAdmissionDecision(id(), studentId, tick(), AdmissionDecision.ADMITTED, Optional.empty()));
    }

    private void handle(ApplicationCommand command) {
        var current = Optional.ofNullable(files.get(command.studentId()));
        var events = eventsOf(applications.decide(current, command));
        files.put(command.studentId(), applications.evolveAll(current, events).orElseThrow());
        events.forEach(this::routeToIntake);
    }

    private void routeToIntake(ApplicationEvent event) {
        if (event instanceof AdmissionDecisionRequested requested) {
            handle(new PlaceApplicant(
                    id(),
                    INTAKE,
                    requested.studentId(),
                    requested.occurredAt(),
                    requested.requested(),
                    requested.reason(),
                    requested.examScore()));
        } else if (event instanceof EnrollmentWithdrawn withdrawn) {
            handle(new ReleaseSeat(id(), INTAKE, withdrawn.studentId(), withdrawn.occurredAt()));
        }
    }

    private void handle(IntakeCommand command) {
        var events = eventsOf(intakes.decide(intake, command));
        intake = intakes.evolveAll(intake, events);
        events.forEach(this::routeToApplication);
    }

    private void routeToApplication(IntakeEvent event) {
        if (event instanceof ApplicantPlaced placed) {
            handle(new RecordAdmissionDecision(
                    id(), placed.studentId(), placed.occurredAt(), placed.decision(), placed.reason()));
        } else if (event instanceof WaitlistPromotionGranted granted) {
            handle(new PromoteFromWaitlist(id(), granted.studentId(), granted.occurredAt()));
        }
    }

    private ApplicationStatus statusOf(String studentId) {
        return files.get(studentId).status();
    }

    private Instant tick() {
        now = now.plus(Duration.ofHours(1));
        return now;
    }

    private String id() {
        return "command-" + ++commandCount;
    }
}
