package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.Transcripts.DECIDER;
import static edu.lifecycle.curriculum.transcript.Transcripts.accepted;
import static edu.lifecycle.curriculum.transcript.Transcripts.refusingRule;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.programme.Mention;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DegreeAwarded;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwardingDegreeTest {

    /** Every course passed at 15 and the defense at 15: 60 ECTS, only the two outside facts missing. */
    private static Optional<Transcript> studiesComplete() {
        return Transcripts.defended(Transcripts.allCoursesPassed("15"), "15");
    }

    @Test
    void theDegreeIsAwardedTheMomentTheLastConditionArrives() {
        var withExperience = Transcripts.apply(studiesComplete(), Transcripts.experienceMet());

        var events = accepted(DECIDER.decide(withExperience, Transcripts.tuitionSettled()));

        assertThat(events).hasSize(2);
        var degree = (DegreeAwarded) events.get(1);
        assertThat(degree.average()).isEqualTo(new BigDecimal("15.00"));
        assertThat(degree.mention()).isEqualTo(Mention.BIEN);
        assertThat(degree.ectsEarned()).isEqualTo(60);
        assertThat(degree.programmeId()).isEqualTo("M2-ISD");
    }

    @Test
    void theDegreeIsAwardedWhenTheDefenseIsTheLastCondition() {
        var state = Transcripts.defenseScheduled(Transcripts.allCoursesPassed("15"));
        state = Transcripts.apply(state, Transcripts.experienceMet());
        state = Transcripts.apply(state, Transcripts.tuitionSettled());

        var events = accepted(DECIDER.decide(state, Transcripts.defense("17")));

        assertThat(events).last().isInstanceOf(DegreeAwarded.class);
    }

    @Test
    void noDegreeWhileTheTuitionIsNotSettled() {
        var events = accepted(DECIDER.decide(studiesComplete(), Transcripts.experienceMet()));

        assertThat(events).noneMatch(DegreeAwarded.class::isInstance);
    }

    @Test
    void noDegreeWhileTheExperienceRequirementIsNotMet() {
        var events = accepted(DECIDER.decide(studiesComplete(), Transcripts.tuitionSettled()));

        assertThat(events).noneMatch(DegreeAwarded.class::isInstance);
    }

    @Test
    void noDegreeWhileACourseIsFailed() {
        var state = Transcripts.opened();
        for (String course : edu.lifecycle.curriculum.programme.Programmes.allCourses()) {
            state = Transcripts.apply(
                    state, Transcripts.grade(course, course.equals("CC-03") ? "9" : "15", ExamSession.FIRST));
        }
        state = Transcripts.defended(state, "15");
        state = Transcripts.apply(state, Transcripts.experienceMet());

        var events = accepted(DECIDER.decide(state, Transcripts.tuitionSettled()));

        assertThat(events).noneMatch(DegreeAwarded.class::isInstance);
        assertThat(state.orElseThrow().ectsEarned()).isEqualTo(58);
    }

    @Test
    void noDegreeWhileTheDissertationIsNotPassed() {
        var state = Transcripts.defended(Transcripts.allCoursesPassed("15"), "9");
        state = Transcripts.apply(state, Transcripts.experienceMet());

        var events = accepted(DECIDER.decide(state, Transcripts.tuitionSettled()));

        assertThat(events).noneMatch(DegreeAwarded.class::isInstance);
    }

    @Test
    void theDegreeIsAwardedOnceEvenWhenAConditionIsReportedAgain() {
        var state = Transcripts.apply(studiesComplete(), Transcripts.experienceMet());
        state = Transcripts.apply(state, Transcripts.tuitionSettled());
        assertThat(state.orElseThrow().status()).isEqualTo(TranscriptStatus.GRADUATED);

        assertThat(accepted(DECIDER.decide(state, Transcripts.tuitionSettled())))
                .isEmpty();
        assertThat(accepted(DECIDER.decide(state, Transcripts.experienceMet()))).isEmpty();
    }

    @Test
    void noDegreeOnAClosedTranscriptAndNoGradesOnAGraduatedOne() {
        var closed = Transcripts.apply(
                studiesComplete(),
                new TranscriptCommand.CloseTranscript("c-9", Transcripts.STUDENT, Transcripts.NOW, "left"));
        closed = Transcripts.apply(closed, Transcripts.experienceMet());
        assertThat(accepted(DECIDER.decide(closed, Transcripts.tuitionSettled())))
                .noneMatch(DegreeAwarded.class::isInstance);

        var graduated = Transcripts.apply(
                Transcripts.apply(studiesComplete(), Transcripts.experienceMet()), Transcripts.tuitionSettled());
        assertThat(refusingRule(DECIDER.decide(graduated, Transcripts.submit())))
                .isEqualTo("degree-already-awarded");
    }

    @Test
    void theAverageIsWeightedByEctsAcrossCoursesAndDissertation() {
        // Common core 7 × 2 at 12 = 168, specialty 12 × 3 at 14 = 504, dissertation 10 at 17 = 170: 842 / 60 = 14.033…
        var state = Transcripts.opened();
        for (String course : edu.lifecycle.curriculum.programme.Programmes.commonCore()) {
            state = Transcripts.apply(state, Transcripts.grade(course, "12", ExamSession.FIRST));
        }
        for (String course : edu.lifecycle.curriculum.programme.Programmes.specialty()) {
            state = Transcripts.apply(state, Transcripts.grade(course, "14", ExamSession.FIRST));
        }
        state = Transcripts.defended(state, "17");
        state = Transcripts.apply(state, Transcripts.experienceMet());

        var degree = (DegreeAwarded)
                accepted(DECIDER.decide(state, Transcripts.tuitionSettled())).get(1);

        assertThat(degree.average()).isEqualTo(new BigDecimal("14.03"));
        assertThat(degree.mention()).isEqualTo(Mention.BIEN);
    }

    @Test
    void averagesAreRoundedHalfUpToTwoDecimals() {
        assertThat(Marks.average(new BigDecimal("841.50"), 60)).isEqualTo(new BigDecimal("14.03"));
        assertThat(Marks.average(new BigDecimal("0.03"), 2)).isEqualTo(new BigDecimal("0.02"));
        assertThat(Marks.average(new BigDecimal("0.01"), 2)).isEqualTo(new BigDecimal("0.01"));
    }
}
