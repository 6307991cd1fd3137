package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.Decisions.eventsOf;

import edu.lifecycle.admissions.application.ApplicationCommand.Enroll;
import edu.lifecycle.admissions.application.ApplicationCommand.ErasePersonalData;
import edu.lifecycle.admissions.application.ApplicationCommand.GradeEntranceExam;
import edu.lifecycle.admissions.application.ApplicationCommand.OverrideEligibility;
import edu.lifecycle.admissions.application.ApplicationCommand.PromoteFromWaitlist;
import edu.lifecycle.admissions.application.ApplicationCommand.RecordAdmissionDecision;
import edu.lifecycle.admissions.application.ApplicationCommand.RequestAdmissionDecision;
import edu.lifecycle.admissions.application.ApplicationCommand.Withdraw;
import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.programme.Programmes;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Applicants at each stage of their file, reached by running the real commands through the decider, so a fixture
 * can never be a state the domain would not produce.
 */
public final class Applicants {

    public static final String STUDENT = "S-0001";
    public static final Instant SUBMITTED_AT = Instant.parse("2026-03-02T09:00:00Z");
    /** Written 14.50 plus interview 15.00. */
    public static final BigDecimal EXAM_SCORE = new BigDecimal("29.50");

    public static final ApplicationDecider DECIDER = new ApplicationDecider(Programmes.catalog());

    private Applicants() {}

    public static SubmissionForm aSubmission() {
        return new SubmissionForm();
    }

    public static Application eligible() {
        return applying(Optional.empty(), aSubmission().command());
    }

    public static Application ineligible() {
        return applying(Optional.empty(), aSubmission().ects(180).command());
    }

    public static Application eligibleWithExamGraded() {
        return eligibleWithExamGraded(aSubmission());
    }

    public static Application eligibleWithExamGraded(SubmissionForm form) {
        return applying(Optional.empty(), form.command(), grade("14.50", "15.00"));
    }

    public static Application awaitingDecision(AdmissionDecision requested) {
        return applying(Optional.of(eligibleWithExamGraded()), requestDecision(requested, "jury's view"));
    }

    public static Application admitted() {
        return admitted(aSubmission());
    }

    public static Application admitted(SubmissionForm form) {
        return applying(
                Optional.of(eligibleWithExamGraded(form)),
                requestDecision(AdmissionDecision.ADMITTED, null),
                recordDecision(AdmissionDecision.ADMITTED, null));
    }

    public static Application waitlisted() {
        return applying(
                Optional.of(eligibleWithExamGraded()),
                requestDecision(AdmissionDecision.ADMITTED, null),
                recordDecision(AdmissionDecision.WAITLISTED, "capacity reached"));
    }

    public static Application rejected() {
        return applying(
                Optional.of(eligibleWithExamGraded()),
                requestDecision(AdmissionDecision.REJECTED, "insufficient motivation"),
                recordDecision(AdmissionDecision.REJECTED, "insufficient motivation"));
    }

    public static Application enrolled() {
        return applying(Optional.of(admitted()), enroll(StudyStream.PROFESSIONAL, TrainingScheme.APPRENTICESHIP));
    }

    public static Application withdrawn() {
        return applying(Optional.of(admitted()), withdraw("accepted another offer"));
    }

    /**
     * A file that went through every step: found ineligible and overridden by an officer, graded, admitted by the jury
     * but waitlisted by the intake, promoted, enrolled, then withdrawn.
     */
    public static Application throughEveryStep() {
        return applying(
                Optional.empty(),
                aSubmission().ects(180).command(),
                override(true, "equivalent experience", "officer-7"),
                grade("14.50", "15.00"),
                requestDecision(AdmissionDecision.ADMITTED, null),
                recordDecision(AdmissionDecision.WAITLISTED, "capacity reached"),
                promote(),
                enroll(StudyStream.PROFESSIONAL, TrainingScheme.APPRENTICESHIP),
                withdraw("accepted another offer"));
    }

    /** Runs commands one after the other; each must be accepted. */
    public static Application applying(Optional<Application> start, ApplicationCommand... commands) {
        var state = start;
        for (ApplicationCommand command : commands) {
            state = DECIDER.evolveAll(state, eventsOf(DECIDER.decide(state, command)));
        }
        return state.orElseThrow();
    }

    /** @param officer the staff id of the signed-in sender; {@code null} for a command nobody signed in sent */
    public static OverrideEligibility override(boolean eligible, String reason, String officer) {
        return new OverrideEligibility("override", STUDENT, day(5), eligible, reason, Optional.ofNullable(officer));
    }

    public static GradeEntranceExam grade(String writtenMark, String interviewMark) {
        return new GradeEntranceExam(
                "grade", STUDENT, day(10), new BigDecimal(writtenMark), new BigDecimal(interviewMark));
    }

    public static RequestAdmissionDecision requestDecision(AdmissionDecision decision, String reason) {
        return new RequestAdmissionDecision("request", STUDENT, day(20), decision, Optional.ofNullable(reason));
    }

    public static RecordAdmissionDecision recordDecision(AdmissionDecision decision, String reason) {
        return new RecordAdmissionDecision("record", STUDENT, day(21), decision, Optional.ofNullable(reason));
    }

    public static PromoteFromWaitlist promote() {
        return new PromoteFromWaitlist("promote", STUDENT, day(30));
    }

    public static Enroll enroll(StudyStream stream, TrainingScheme scheme) {
        return enrollAt(day(40), stream, scheme);
    }

    public static Enroll enrollAt(Instant at, StudyStream stream, TrainingScheme scheme) {
        return new Enroll("enroll", STUDENT, at, stream, scheme);
    }

    public static Withdraw withdraw(String reason) {
        return new Withdraw("withdraw", STUDENT, day(60), reason);
    }

    public static ErasePersonalData erase() {
        return new ErasePersonalData("erase", STUDENT, day(90));
    }

    /** The instant {@code days} after submission: each step of a file happens on its own day. */
    public static Instant day(int days) {
        return SUBMITTED_AT.plus(Duration.ofDays(days));
    }
}
