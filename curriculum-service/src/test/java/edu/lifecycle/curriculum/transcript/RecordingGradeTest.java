package edu.lifecycle.curriculum.transcript;

import static edu.lifecycle.curriculum.transcript.Transcripts.DECIDER;
import static edu.lifecycle.curriculum.transcript.Transcripts.accepted;
import static edu.lifecycle.curriculum.transcript.Transcripts.grade;
import static edu.lifecycle.curriculum.transcript.Transcripts.refusingRule;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.transcript.TranscriptEvent.CourseGradeRecorded;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordingGradeTest {

    @Test
    void aCoursePassedAtTenEarnsItsEcts() {
        var events = accepted(DECIDER.decide(Transcripts.opened(), grade("ISD-01", "10", ExamSession.FIRST)));

        var recorded = (CourseGradeRecorded) events.get(0);
        assertThat(recorded.passed()).isTrue();
        assertThat(recorded.ectsEarned()).isEqualTo(3);
        assertThat(recorded.mark()).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void aMarkIsRecordedUnderTheSignedInSenderAndAMarkNobodySignedInSentUnderNobody() {
        var anonymous = grade("ISD-01", "12", ExamSession.FIRST);
        var signedIn = new TranscriptCommand.RecordGrade(
                anonymous.commandId(),
                anonymous.studentId(),
                anonymous.issuedAt(),
                anonymous.courseCode(),
                anonymous.mark(),
                anonymous.session(),
                Optional.of("registrar"));

        assertThat(accepted(DECIDER.decide(Transcripts.opened(), signedIn)))
                .singleElement()
                .isInstanceOfSatisfying(
                        CourseGradeRecorded.class,
                        graded -> assertThat(graded.staffId()).contains("registrar"));
        assertThat(accepted(DECIDER.decide(Transcripts.opened(), anonymous)))
                .singleElement()
                .isInstanceOfSatisfying(
                        CourseGradeRecorded.class,
                        graded -> assertThat(graded.staffId()).isEmpty());
    }

    @Test
    void aCourseFailedBelowTenEarnsNothing() {
        var events = accepted(DECIDER.decide(Transcripts.opened(), grade("CC-01", "9.99", ExamSession.FIRST)));

        var recorded = (CourseGradeRecorded) events.get(0);
        assertThat(recorded.passed()).isFalse();
        assertThat(recorded.ectsEarned()).isZero();
    }

    @Test
    void aResitAfterAFailReplacesTheFail() {
        var failed = Transcripts.withCourseGraded("CC-01", "8");

        var resat = Transcripts.apply(failed, grade("CC-01", "12.5", ExamSession.RESIT))
                .orElseThrow();

        var result = resat.results().get("CC-01");
        assertThat(result.session()).isEqualTo(ExamSession.RESIT);
        assertThat(result.mark()).isEqualTo(new BigDecimal("12.50"));
        assertThat(resat.ectsEarned()).isEqualTo(2);
    }

    @Test
    void aResitWithoutAFirstSessionIsRefused() {
        assertThat(refusingRule(DECIDER.decide(Transcripts.opened(), grade("CC-01", "12", ExamSession.RESIT))))
                .isEqualTo("resit-requires-failed-first-session");
    }

    @Test
    void aResitOfAPassedCourseIsRefused() {
        var passed = Transcripts.withCourseGraded("CC-01", "11");

        assertThat(refusingRule(DECIDER.decide(passed, grade("CC-01", "15", ExamSession.RESIT))))
                .isEqualTo("resit-requires-failed-first-session");
    }

    @Test
    void aCourseHasOneResit() {
        var resat =
                Transcripts.apply(Transcripts.withCourseGraded("CC-01", "6"), grade("CC-01", "7", ExamSession.RESIT));

        assertThat(refusingRule(DECIDER.decide(resat, grade("CC-01", "14", ExamSession.RESIT))))
                .isEqualTo("resit-already-graded");
    }

    @Test
    void theFirstSessionIsGradedOnce() {
        var graded = Transcripts.withCourseGraded("CC-01", "6");

        assertThat(refusingRule(DECIDER.decide(graded, grade("CC-01", "14", ExamSession.FIRST))))
                .isEqualTo("first-session-already-graded");
    }

    @Test
    void aCourseOutsideTheProgrammeIsRefused() {
        assertThat(refusingRule(DECIDER.decide(Transcripts.opened(), grade("ISI-02", "12", ExamSession.FIRST))))
                .isEqualTo("course-not-in-programme");
    }

    @Test
    void aMarkAboveTwentyOrBelowZeroIsRefused() {
        assertThat(refusingRule(DECIDER.decide(Transcripts.opened(), grade("CC-01", "20.01", ExamSession.FIRST))))
                .isEqualTo("mark-out-of-range");
        assertThat(refusingRule(DECIDER.decide(Transcripts.opened(), grade("CC-01", "-1", ExamSession.FIRST))))
                .isEqualTo("mark-out-of-range");
    }

    @Test
    void aMarkWithMoreThanTwoDecimalsIsRefused() {
        assertThat(refusingRule(DECIDER.decide(Transcripts.opened(), grade("CC-01", "12.345", ExamSession.FIRST))))
                .isEqualTo("mark-too-precise");
    }

    @Test
    void gradesAfterWithdrawalAreRefused() {
        assertThat(refusingRule(DECIDER.decide(Transcripts.withdrawn(), grade("CC-01", "12", ExamSession.FIRST))))
                .isEqualTo("transcript-closed");
    }

    @Test
    void gradesWithoutTranscriptAreNotFound() {
        assertThat(refusingRule(DECIDER.decide(Transcripts.none(), grade("CC-01", "12", ExamSession.FIRST))))
                .isEqualTo("transcript-not-found");
    }

    @Test
    void theRunningAverageIsWeightedByEcts() {
        // (10 × 2 + 16 × 3) / 5 = 13.60
        var state = Transcripts.apply(
                        Transcripts.withCourseGraded("CC-01", "10"), grade("ISD-01", "16", ExamSession.FIRST))
                .orElseThrow();

        assertThat(state.runningAverage()).contains(new BigDecimal("13.60"));
        assertThat(state.ectsEarned()).isEqualTo(5);
    }
}
