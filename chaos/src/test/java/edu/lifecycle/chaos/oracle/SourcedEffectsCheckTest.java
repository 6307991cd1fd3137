package edu.lifecycle.chaos.oracle;

import static edu.lifecycle.chaos.oracle.ExactlyOnceCheckTest.accepted;
import static edu.lifecycle.chaos.oracle.ExactlyOnceCheckTest.event;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.chaos.load.Answer;
import edu.lifecycle.chaos.load.SentCommand;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcedEffectsCheckTest {

    @Test
    void anEffectOfACommandNeverSentHasNoSource() {
        var commands = List.of(accepted("s1", "ApplicationSubmitted"));
        var log = EventLog.of(List.of(
                event("s1", "ApplicationSubmitted", "e1"),
                event("s1", "EligibilityAssessed", "e2"),
                event("s1", "EntranceExamGraded", "e3"),
                event("stranger", "ApplicationSubmitted", "e4")));

        assertThat(SourcedEffectsCheck.unsourced(commands, log, new ArrayList<>()))
                .isEqualTo(2);
    }

    @Test
    void aRefusedCommandSourcesNothingAndAPolicyEffectNeedsItsSourceEvent() {
        var refused = new SentCommand("s1", "enroll", "StudentEnrolled", "k", null, new Answer(409, null, 1));
        var commands = List.of(accepted("s1", "ApplicationSubmitted"), refused);
        var log = EventLog.of(List.of(
                event("s1", "ApplicationSubmitted", "e1"),
                event("s1", "StudentEnrolled", "e2"),
                event("s1", "TranscriptOpened", "e3")));

        assertThat(SourcedEffectsCheck.unsourced(commands, log, new ArrayList<>()))
                .isEqualTo(1);
        assertThat(SourcedEffectsCheck.check(commands, EventLog.of(List.of(event("s1", "ApplicationSubmitted", "e1"))))
                        .passed())
                .isTrue();
    }

    @Test
    void anInjectedPoisonEventIsNoOnesEffectButWhatAConsumerMadeOfItIsUnsourced() {
        var commands = List.of(accepted("s1", "ApplicationSubmitted"));
        var poison = new Poison("admissions.events", 2, 7, "run-poison-3", Poison.UNSTORABLE_TIME);
        var log = EventLog.of(List.of(
                event("s1", "ApplicationSubmitted", "e1"),
                new LoggedEvent(
                        "admissions.events", 2, 7, "run-poison-3", "StudentEnrolled", "p1", "run-poison-3", null),
                new LoggedEvent(
                        "billing.events", 2, 9, "run-poison-3", "TuitionAccountOpened", "e2", "run-poison-3", null)));

        var examples = new ArrayList<String>();
        assertThat(SourcedEffectsCheck.unsourced(commands, log.without(List.of(poison)), examples))
                .isEqualTo(1);
        assertThat(examples).containsExactly("TuitionAccountOpened of run-poison-3 at billing.events-2@9");
        assertThat(SourcedEffectsCheck.unsourced(commands, log, new ArrayList<>()))
                .as("the poison itself counted as an effect")
                .isEqualTo(2);
    }
}
