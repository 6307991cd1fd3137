package edu.lifecycle.chaos.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.chaos.load.Answer;
import edu.lifecycle.chaos.load.SentCommand;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactlyOnceCheckTest {

    static SentCommand accepted(String student, String type) {
        return new SentCommand(student, type, type, "k-" + student + type, null, new Answer(201, null, 1));
    }

    static SentCommand indeterminate(String student, String type) {
        return new SentCommand(student, type, type, "k-" + student + type, null, Answer.indeterminate(3));
    }

    static LoggedEvent event(String student, String type, String id) {
        return new LoggedEvent("admissions.events", 0, 0, student, type, id, student, null);
    }

    static LoggedEvent payment(String student, String reference, String id) {
        return new LoggedEvent("billing.events", 0, 0, student, "PaymentReceived", id, student, reference);
    }

    @Test
    void anAcceptedCommandWithItsEffectOncePasses() {
        var commands = List.of(accepted("s1", "ApplicationSubmitted"));
        var log = EventLog.of(
                List.of(event("s1", "ApplicationSubmitted", "e1"), event("s1", "EligibilityAssessed", "e2")));

        assertThat(ExactlyOnceCheck.check(commands, log).passed()).isTrue();
    }

    @Test
    void countsAnAcceptedCommandWithoutItsEffectAsLost() {
        var counts = ExactlyOnceCheck.counts(
                List.of(accepted("s1", "ApplicationSubmitted"), accepted("s2", "ApplicationSubmitted")),
                EventLog.of(
                        List.of(event("s1", "ApplicationSubmitted", "e1"), event("s1", "EligibilityAssessed", "e2"))),
                new ArrayList<>());

        assertThat(counts.lost()).isEqualTo(1);
        assertThat(counts.duplicated()).isZero();
    }

    @Test
    void countsAnEffectAppliedTwiceAsDuplicatedEvenUnderAnotherEventId() {
        var counts = ExactlyOnceCheck.counts(
                List.of(accepted("s1", "StudentEnrolled")),
                EventLog.of(List.of(
                        event("s1", "StudentEnrolled", "e1"),
                        event("s1", "StudentEnrolled", "e2"),
                        event("s1", "TuitionAccountOpened", "e3"),
                        event("s1", "TranscriptOpened", "e4"),
                        event("s1", "PlacementRecordOpened", "e5"),
                        event("s1", "PlacementRecordOpened", "e5"))),
                new ArrayList<>());

        // One enrollment too many; the enrollments' own policy effects then look short, the repeated one doubled.
        assertThat(counts.duplicated()).isEqualTo(1);
        assertThat(counts.duplicateEventIds()).isEqualTo(1);
    }

    @Test
    void aCommandWithoutFinalAnswerMayHaveHadItsEffectOnceButNotTwice() {
        var once = ExactlyOnceCheck.counts(
                List.of(indeterminate("s1", "EntranceExamGraded")),
                EventLog.of(List.of(event("s1", "EntranceExamGraded", "e1"))),
                new ArrayList<>());
        var twice = ExactlyOnceCheck.counts(
                List.of(accepted("s1", "ApplicationSubmitted"), indeterminate("s1", "ApplicationSubmitted")),
                EventLog.of(List.of(
                        event("s1", "ApplicationSubmitted", "e1"),
                        event("s1", "ApplicationSubmitted", "e2"),
                        event("s1", "ApplicationSubmitted", "e3"),
                        event("s1", "EligibilityAssessed", "e4"),
                        event("s1", "EligibilityAssessed", "e5"),
                        event("s1", "EligibilityAssessed", "e6"))),
                new ArrayList<>());

        assertThat(once.lost() + once.duplicated()).isZero();
        assertThat(twice.duplicated()).isEqualTo(1);
    }

    @Test
    void findsTwoPaymentsUnderOneReference() {
        var counts = ExactlyOnceCheck.counts(
                List.of(),
                EventLog.of(List.of(payment("s1", "ref-1", "e1"), payment("s1", "ref-1", "e2"))),
                new ArrayList<>());

        assertThat(counts.duplicateReferences()).isEqualTo(1);
    }
}
