package edu.lifecycle.curriculum.transcript;

import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.servicekit.decision.Decision;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Transcripts at the stages the tests start from, built through the decider as the service would build them. */
final class Transcripts {

    static final String STUDENT = "stu-1";
    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    /** When the fixtures' jury hands in its mark: after every defense the fixtures schedule. */
    static final Instant AFTER_DEFENSES = NOW.plus(Duration.ofDays(30));

    static final TranscriptDecider DECIDER = new TranscriptDecider(Programmes.catalog(), GradingScheme.french());

    private Transcripts() {}

    static Optional<Transcript> none() {
        return Optional.empty();
    }

    static Optional<Transcript> opened() {
        return apply(none(), open());
    }

    static Optional<Transcript> withdrawn() {
        return apply(opened(), new TranscriptCommand.CloseTranscript(id(), STUDENT, NOW, "accepted a job offer"));
    }

    static Optional<Transcript> withCourseGraded(String course, String mark) {
        return apply(opened(), grade(course, mark, ExamSession.FIRST));
    }

    /** Every course passed at {@code mark}: 50 ECTS of the 60. */
    static Optional<Transcript> allCoursesPassed(String mark) {
        var state = opened();
        for (String course : Programmes.allCourses()) {
            state = apply(state, grade(course, mark, ExamSession.FIRST));
        }
        return state;
    }

    static Optional<Transcript> dissertationSubmitted(Optional<Transcript> state) {
        return apply(state, submit());
    }

    static Optional<Transcript> defenseScheduled(Optional<Transcript> state) {
        return apply(
                dissertationSubmitted(state), schedule(NOW.plusSeconds(86_400), List.of("Prof. Dubois", "Dr Roy")));
    }

    static Optional<Transcript> defended(Optional<Transcript> state, String mark) {
        return apply(defenseScheduled(state), defense(mark));
    }

    static TranscriptCommand.OpenTranscript open() {
        return new TranscriptCommand.OpenTranscript(id(), STUDENT, NOW, Programmes.ISD, Programmes.YEAR);
    }

    static TranscriptCommand.RecordGrade grade(String course, String mark, ExamSession session) {
        return new TranscriptCommand.RecordGrade(id(), STUDENT, NOW, course, new BigDecimal(mark), session);
    }

    static TranscriptCommand.SubmitDissertation submit() {
        return new TranscriptCommand.SubmitDissertation(
                id(), STUDENT, NOW, "Private military companies in the Sahel", "Prof. Dubois");
    }

    static TranscriptCommand.ScheduleDefense schedule(Instant at, List<String> jury) {
        return new TranscriptCommand.ScheduleDefense(id(), STUDENT, NOW, at, "Room B-204", jury);
    }

    static TranscriptCommand.RescheduleDefense reschedule(Instant at, String room, List<String> jury) {
        return new TranscriptCommand.RescheduleDefense(id(), STUDENT, NOW, at, room, jury);
    }

    /** The jury's mark, handed in once the defense was held. */
    static TranscriptCommand.RecordDefenseResult defense(String mark) {
        return defenseResultAt(mark, AFTER_DEFENSES);
    }

    static TranscriptCommand.RecordDefenseResult defenseResultAt(String mark, Instant at) {
        return new TranscriptCommand.RecordDefenseResult(id(), STUDENT, at, new BigDecimal(mark));
    }

    static TranscriptCommand.RecordExperienceMet experienceMet() {
        return new TranscriptCommand.RecordExperienceMet(id(), STUDENT, NOW, "placement-event-1", NOW.minusSeconds(60));
    }

    static TranscriptCommand.RecordTuitionSettled tuitionSettled() {
        return new TranscriptCommand.RecordTuitionSettled(id(), STUDENT, NOW, "billing-event-1", NOW.minusSeconds(30));
    }

    /** Decides and applies the command, which must be accepted. */
    static Optional<Transcript> apply(Optional<Transcript> state, TranscriptCommand command) {
        var events = accepted(DECIDER.decide(state, command));
        var next = state;
        for (TranscriptEvent event : events) {
            next = Optional.of(DECIDER.evolve(next, event));
        }
        return next;
    }

    static List<TranscriptEvent> accepted(Decision<TranscriptEvent> decision) {
        if (decision instanceof Decision.Accepted<TranscriptEvent> accepted) {
            return accepted.events();
        }
        throw new AssertionError("expected acceptance, got " + decision);
    }

    /** The rule that refused, failing when the decision was an acceptance. */
    static String refusingRule(Decision<TranscriptEvent> decision) {
        if (decision instanceof Decision.Rejected<TranscriptEvent> rejected) {
            return rejected.rejection().rule();
        }
        throw new AssertionError("expected a refusal, got " + decision);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
