package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.Transcripts.DECIDER;
import static edu.lifecycle.curriculum.transcript.Transcripts.NOW;
import static edu.lifecycle.curriculum.transcript.Transcripts.accepted;
import static edu.lifecycle.curriculum.transcript.Transcripts.refusingRule;
import static edu.lifecycle.curriculum.transcript.Transcripts.reschedule;
import static edu.lifecycle.curriculum.transcript.Transcripts.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.transcript.TranscriptEvent.DefenseRescheduled;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReschedulingDefenseTest {

    private static final List<String> JURY = List.of("Prof. Dubois", "Dr Roy");
    private static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(7));
    private static final Instant IN_TWO_WEEKS = NOW.plus(Duration.ofDays(14));

    private static Optional<Transcript> scheduledNextWeek() {
        return Transcripts.apply(Transcripts.dissertationSubmitted(Transcripts.opened()), schedule(NEXT_WEEK, JURY));
    }

    @Test
    void aScheduledDefenseMovesToANewDateRoomAndJury() {
        var events = accepted(DECIDER.decide(
                scheduledNextWeek(),
                reschedule(IN_TWO_WEEKS, " Amphi A ", List.of("Prof. Dubois", "Mme Leroy", "Prof. Dubois"))));

        var moved = (DefenseRescheduled) events.get(0);
        assertThat(events).hasSize(1);
        assertThat(moved.defenseAt()).isEqualTo(IN_TWO_WEEKS);
        assertThat(moved.room()).isEqualTo("Amphi A");
        assertThat(moved.jury()).containsExactly("Prof. Dubois", "Mme Leroy");
        var after = DECIDER.evolve(scheduledNextWeek(), moved).dissertation().orElseThrow();
        assertThat(after.defense().orElseThrow().defenseAt()).isEqualTo(IN_TWO_WEEKS);
        assertThat(after.awaitingDefense()).isTrue();
    }

    @Test
    void theResultThenFollowsTheNewDateNotTheOldOne() {
        var moved = Transcripts.apply(scheduledNextWeek(), reschedule(IN_TWO_WEEKS, "Amphi A", JURY));

        assertThat(refusingRule(DECIDER.decide(moved, Transcripts.defenseResultAt("14", NEXT_WEEK.plusSeconds(60)))))
                .isEqualTo("defense-not-yet-held");
        assertThat(accepted(DECIDER.decide(moved, Transcripts.defenseResultAt("14", IN_TWO_WEEKS))))
                .isNotEmpty();
    }

    @Test
    void aDefenseWhoseDateHasPassedWithoutAResultCanStillBeRescheduled() {
        var postponedOnTheDay = new TranscriptCommand.RescheduleDefense(
                "c-1", Transcripts.STUDENT, NEXT_WEEK.plusSeconds(3_600), IN_TWO_WEEKS, "Room B-204", JURY);

        assertThat(accepted(DECIDER.decide(scheduledNextWeek(), postponedOnTheDay)))
                .singleElement()
                .isInstanceOf(DefenseRescheduled.class);
    }

    @Test
    void theSameSlotAgainChangesNothing() {
        assertThat(accepted(DECIDER.decide(scheduledNextWeek(), reschedule(NEXT_WEEK, "Room B-204", JURY))))
                .isEmpty();
    }

    @Test
    void nothingToRescheduleBeforeASchedule() {
        var submitted = Transcripts.dissertationSubmitted(Transcripts.opened());

        assertThat(refusingRule(DECIDER.decide(submitted, reschedule(IN_TWO_WEEKS, "Amphi A", JURY))))
                .isEqualTo("defense-not-scheduled");
        assertThat(refusingRule(DECIDER.decide(Transcripts.opened(), reschedule(IN_TWO_WEEKS, "Amphi A", JURY))))
                .isEqualTo("defense-not-scheduled");
    }

    @Test
    void onceTheResultIsRecordedTheDefenseNoLongerMoves() {
        var defended = Transcripts.defended(Transcripts.opened(), "8");

        assertThat(refusingRule(DECIDER.decide(defended, reschedule(IN_TWO_WEEKS, "Amphi A", JURY))))
                .isEqualTo("defense-not-scheduled");
    }

    @Test
    void theNewSlotObeysTheRulesOfAFirstOne() {
        assertThat(refusingRule(
                        DECIDER.decide(scheduledNextWeek(), reschedule(IN_TWO_WEEKS, "Amphi A", List.of("Dr Roy")))))
                .isEqualTo("defense-jury-too-small");
        assertThat(refusingRule(DECIDER.decide(scheduledNextWeek(), reschedule(NOW, "Amphi A", JURY))))
                .isEqualTo("defense-in-the-past");
    }

    @Test
    void aClosedTranscriptsDefenseIsNotRescheduled() {
        var closed = Transcripts.apply(
                scheduledNextWeek(), new TranscriptCommand.CloseTranscript("c-2", Transcripts.STUDENT, NOW, "left"));

        assertThat(refusingRule(DECIDER.decide(closed, reschedule(IN_TWO_WEEKS, "Amphi A", JURY))))
                .isEqualTo("transcript-closed");
    }
}
