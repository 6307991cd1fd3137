package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.Decisions.assertRefused;
import static edu.lifecycle.admissions.Decisions.eventsOf;
import static edu.lifecycle.admissions.application.Applicants.DECIDER;
import static edu.lifecycle.admissions.application.Applicants.STUDENT;
import static edu.lifecycle.admissions.application.Applicants.applying;
import static edu.lifecycle.admissions.application.Applicants.day;
import static edu.lifecycle.admissions.application.Applicants.grade;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.ApplicationEvent.EntranceExamGraded;
import edu.lifecycle.servicekit.decision.RejectionKind;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradingEntranceExamTest {

    @Test
    void gradesAnEligibleApplicantWithMarksToTwoDecimals() {
        var events = eventsOf(DECIDER.decide(Optional.of(Applicants.eligible()), grade("14.5", "15")));

        assertThat(events)
                .containsExactly(
                        new EntranceExamGraded(STUDENT, day(10), new BigDecimal("14.50"), new BigDecimal("15.00")));
    }

    @Test
    void aGradedApplicantIsRankedByTheTotalOfBothMarks() {
        var application = Applicants.eligibleWithExamGraded();

        assertThat(application.status()).isEqualTo(ApplicationStatus.GRADED);
        assertThat(application.selection().exam().orElseThrow().total()).isEqualByComparingTo("29.50");
    }

    @Test
    void aPersonSeesBothMarksAndTheirAverageEachOutOfTwenty() {
        var result = Applicants.eligibleWithExamGraded()
                .selection()
                .exam()
                .orElseThrow()
                .result();

        assertThat(result)
                .isEqualTo(
                        new ExamResult(new BigDecimal("14.50"), new BigDecimal("15.00"), new BigDecimal("14.75"), 20));
    }

    @ParameterizedTest
    @CsvSource({"14.25, 15.00, 14.625", "12.00, 13.00, 12.50", "0.00, 0.01, 0.005", "20.00, 20.00, 20.00"})
    void theAverageIsExactSoItShowsTheOrderTheWaitlistUses(String written, String interview, String average) {
        var result = ExamResult.of(new BigDecimal(written), new BigDecimal(interview));

        assertThat(result.averageMark()).isEqualTo(new BigDecimal(average));
        assertThat(result.outOf()).isEqualTo(20);
    }

    @ParameterizedTest
    @CsvSource({"0, 20", "20, 0", "0.00, 20.00", "12.500, 12.25"})
    void acceptsMarksFromZeroToTwentyWithAtMostTwoDecimals(String written, String interview) {
        var decision = DECIDER.decide(Optional.of(Applicants.eligible()), grade(written, interview));

        assertThat(eventsOf(decision)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20.01", "21", "-0.01", "-1"})
    void refusesAWrittenMarkOutsideZeroToTwenty(String mark) {
        var decision = DECIDER.decide(Optional.of(Applicants.eligible()), grade(mark, "12"));

        assertRefused(decision, "exam-mark-out-of-range", RejectionKind.RULE_BROKEN);
    }

    @Test
    void refusesAnInterviewMarkAboveTwenty() {
        var decision = DECIDER.decide(Optional.of(Applicants.eligible()), grade("12", "20.01"));

        assertRefused(decision, "exam-mark-out-of-range", RejectionKind.RULE_BROKEN);
    }

    @ParameterizedTest
    @CsvSource({"12.125, 12", "12, 19.999"})
    void refusesAMarkWithThreeDecimals(String written, String interview) {
        var decision = DECIDER.decide(Optional.of(Applicants.eligible()), grade(written, interview));

        assertRefused(decision, "exam-mark-too-precise", RejectionKind.RULE_BROKEN);
    }

    @Test
    void refusesToGradeAnIneligibleApplicant() {
        var decision = DECIDER.decide(Optional.of(Applicants.ineligible()), grade("12", "12"));

        assertRefused(decision, "exam-requires-eligibility", RejectionKind.CONFLICT);
    }

    @Test
    void refusesToGradeTheSameApplicantTwice() {
        var decision = DECIDER.decide(Optional.of(Applicants.eligibleWithExamGraded()), grade("18", "18"));

        assertRefused(decision, "exam-already-graded", RejectionKind.CONFLICT);
    }

    @Test
    void refusesToGradeOnceADecisionWasTaken() {
        var decision = DECIDER.decide(Optional.of(Applicants.admitted()), grade("18", "18"));

        assertRefused(decision, "exam-already-graded", RejectionKind.CONFLICT);
    }

    @Test
    void refusesToGradeAStudentWhoNeverApplied() {
        assertRefused(
                DECIDER.decide(Optional.empty(), grade("12", "12")), "application-not-found", RejectionKind.NOT_FOUND);
    }

    @Test
    void refusesToGradeAWithdrawnApplicant() {
        var withdrawnBeforeTheExam = applying(Optional.of(Applicants.eligible()), Applicants.withdraw("moved abroad"));

        assertRefused(
                DECIDER.decide(Optional.of(withdrawnBeforeTheExam), grade("12", "12")),
                "application-withdrawn",
                RejectionKind.CONFLICT);
    }
}
