package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.Transcripts.DECIDER;
import static edu.lifecycle.curriculum.transcript.Transcripts.NOW;
import static edu.lifecycle.curriculum.transcript.Transcripts.accepted;
import static edu.lifecycle.curriculum.transcript.Transcripts.defense;
import static edu.lifecycle.curriculum.transcript.Transcripts.refusingRule;
import static edu.lifecycle.curriculum.transcript.Transcripts.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.transcript.TranscriptEvent.DefenseScheduled;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DissertationDefended;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DissertationSubmitted;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DissertationAndDefenseTest {

    private static final List<String> JURY = List.of("Prof. Dubois", "Dr Roy");
    private static final java.time.Instant NEXT_WEEK = NOW.plus(Duration.ofDays(7));

    @Test
    void aDissertationIsSubmittedWithTitleAndSupervisor() {
        var events = accepted(DECIDER.decide(Transcripts.opened(), Transcripts.submit()));

        assertThat(events).singleElement().isInstanceOf(DissertationSubmitted.class);
    }

    @Test
    void aDissertationIsSubmittedOnce() {
        var submitted = Transcripts.dissertationSubmitted(Transcripts.opened());

        assertThat(refusingRule(DECIDER.decide(submitted, Transcripts.submit())))
                .isEqualTo("dissertation-already-submitted");
    }

    @Test
    void aDissertationCannotBeSubmittedOnAClosedTranscript() {
        assertThat(refusingRule(DECIDER.decide(Transcripts.withdrawn(), Transcripts.submit())))
                .isEqualTo("transcript-closed");
    }

    @Test
    void aDefenseIsScheduledWithRoomAndJury() {
        var submitted = Transcripts.dissertationSubmitted(Transcripts.opened());

        var events = accepted(DECIDER.decide(submitted, schedule(NEXT_WEEK, JURY)));

        var scheduled = (DefenseScheduled) events.get(0);
        assertThat(scheduled.defenseAt()).isEqualTo(NEXT_WEEK);
        assertThat(scheduled.room()).isEqualTo("Room B-204");
        assertThat(scheduled.jury()).containsExactly("Prof. Dubois", "Dr Roy");
    }

    @Test
    void aDefenseBeforeSubmissionIsRefused() {
        assertThat(refusingRule(DECIDER.decide(Transcripts.opened(), schedule(NEXT_WEEK, JURY))))
                .isEqualTo("defense-requires-submission");
    }

    @Test
    void aJuryOfOneIsRefused() {
        var submitted = Transcripts.dissertationSubmitted(Transcripts.opened());

        assertThat(refusingRule(DECIDER.decide(submitted, schedule(NEXT_WEEK, List.of("Prof. Dubois")))))
                .isEqualTo("defense-jury-too-small");
    }

    @Test
    void theSamePersonTwiceIsAJuryOfOne() {
        var submitted = Transcripts.dissertationSubmitted(Transcripts.opened());

        assertThat(refusingRule(
                        DECIDER.decide(submitted, schedule(NEXT_WEEK, List.of("Prof. Dubois", " Prof. Dubois")))))
                .isEqualTo("defense-jury-too-small");
    }

    @Test
    void aDefenseInThePastOrAtThisVeryMomentIsRefused() {
        var submitted = Transcripts.dissertationSubmitted(Transcripts.opened());

        assertThat(refusingRule(DECIDER.decide(submitted, schedule(NOW.minusSeconds(1), JURY))))
                .isEqualTo("defense-in-the-past");
        assertThat(refusingRule(DECIDER.decide(submitted, schedule(NOW, JURY)))).isEqualTo("defense-in-the-past");
    }

    @Test
    void aScheduledDefenseCannotBeScheduledAgainBeforeItsResult() {
        var scheduled = Transcripts.defenseScheduled(Transcripts.opened());

        assertThat(refusingRule(DECIDER.decide(scheduled, schedule(NEXT_WEEK, JURY))))
                .isEqualTo("defense-already-scheduled");
    }

    @Test
    void aDefensePassedAtTenEarnsTheDissertationsEcts() {
        var scheduled = Transcripts.defenseScheduled(Transcripts.opened());

        var events = accepted(DECIDER.decide(scheduled, defense("10")));

        var defended = (DissertationDefended) events.get(0);
        assertThat(defended.passed()).isTrue();
        assertThat(defended.ectsEarned()).isEqualTo(10);
    }

    @Test
    void aResultWithoutAScheduledDefenseIsRefused() {
        var submitted = Transcripts.dissertationSubmitted(Transcripts.opened());

        assertThat(refusingRule(DECIDER.decide(submitted, defense("12")))).isEqualTo("defense-not-scheduled");
    }

    @Test
    void aResultForADefenseScheduledMonthsLaterIsRefusedAndAwardsNoDegree() {
        // The case seen on main: a defense seven months ahead, its mark recorded the same day, the degree with it.
        var sevenMonthsLater = NOW.plus(Duration.ofDays(7 * 30));
        var state = Transcripts.allCoursesPassed("15");
        state = Transcripts.apply(state, Transcripts.experienceMet());
        state = Transcripts.apply(state, Transcripts.tuitionSettled());
        state = Transcripts.apply(Transcripts.dissertationSubmitted(state), schedule(sevenMonthsLater, JURY));

        var early = DECIDER.decide(state, Transcripts.defenseResultAt("15", NOW));

        assertThat(refusingRule(early)).isEqualTo("defense-not-yet-held");
        assertThat(state.orElseThrow().degree()).isEmpty();
        assertThat(accepted(DECIDER.decide(state, Transcripts.defenseResultAt("15", sevenMonthsLater))))
                .last()
                .isInstanceOf(TranscriptEvent.DegreeAwarded.class);
    }

    @Test
    void aResultIsRecordedFromTheScheduledTimeOnNotASecondBefore() {
        var scheduled =
                Transcripts.apply(Transcripts.dissertationSubmitted(Transcripts.opened()), schedule(NEXT_WEEK, JURY));

        assertThat(refusingRule(
                        DECIDER.decide(scheduled, Transcripts.defenseResultAt("12", NEXT_WEEK.minusSeconds(1)))))
                .isEqualTo("defense-not-yet-held");
        assertThat(accepted(DECIDER.decide(scheduled, Transcripts.defenseResultAt("12", NEXT_WEEK))))
                .singleElement()
                .isInstanceOf(DissertationDefended.class);
    }

    @Test
    void aDefenseMarkIsOutOfTwentyWithTwoDecimals() {
        var scheduled = Transcripts.defenseScheduled(Transcripts.opened());

        assertThat(refusingRule(DECIDER.decide(scheduled, defense("21")))).isEqualTo("mark-out-of-range");
        assertThat(refusingRule(DECIDER.decide(scheduled, defense("12.001")))).isEqualTo("mark-too-precise");
    }

    @Test
    void aFailedDefenseMayBeRescheduledOnce() {
        var failedOnce = Transcripts.defended(Transcripts.opened(), "8");
        var failed = (DissertationDefended)
                accepted(DECIDER.decide(Transcripts.defenseScheduled(Transcripts.opened()), defense("8")))
                        .get(0);
        assertThat(failed.passed()).isFalse();
        assertThat(failed.ectsEarned()).isZero();

        var rescheduled = Transcripts.apply(failedOnce, schedule(NEXT_WEEK, JURY));
        var failedTwice = Transcripts.apply(rescheduled, defense("9"));

        assertThat(refusingRule(DECIDER.decide(failedTwice, schedule(NEXT_WEEK, JURY))))
                .isEqualTo("defense-retake-limit-reached");
    }

    @Test
    void aPassedDissertationIsNotDefendedAgain() {
        var passed = Transcripts.defended(Transcripts.opened(), "14");

        assertThat(refusingRule(DECIDER.decide(passed, schedule(NEXT_WEEK, JURY))))
                .isEqualTo("dissertation-already-passed");
    }
}
