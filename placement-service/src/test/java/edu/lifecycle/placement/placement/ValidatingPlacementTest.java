package edu.lifecycle.placement.placement;

import static edu.lifecycle.placement.placement.Students.after;
import static edu.lifecycle.placement.placement.Students.decide;
import static edu.lifecycle.placement.placement.Students.endEarly;
import static edu.lifecycle.placement.placement.Students.events;
import static edu.lifecycle.placement.placement.Students.internship;
import static edu.lifecycle.placement.placement.Students.rejection;
import static edu.lifecycle.placement.placement.Students.validate;
import static edu.lifecycle.placement.placement.Students.workStudy;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.placement.PlacementEvent.ExperienceRequirementMet;
import edu.lifecycle.placement.placement.PlacementEvent.PlacementValidated;
import edu.lifecycle.servicekit.decision.RejectionKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidatingPlacementTest {

    @Test
    void anInternshipIsValidatedAfterItsLastDayWithItsMonths() {
        var decision = decide(Students.interning(), validate("agr-1", "15.5", "2027-06-01"));

        assertThat(events(decision)).singleElement().isInstanceOfSatisfying(PlacementValidated.class, validated -> {
            assertThat(validated.placementId()).isEqualTo("agr-1");
            assertThat(validated.evaluationMark()).isEqualByComparingTo("15.50").hasScaleOf(2);
            assertThat(validated.validatedMonths()).isEqualByComparingTo("4.00").hasScaleOf(2);
        });
    }

    @Test
    void aValidationIsRecordedUnderTheSignedInSenderAndOneNobodySignedInSentUnderNobody() {
        var anonymous = validate("agr-1", "15.5", "2027-06-01");
        var signedIn = new PlacementCommand.Validate(
                anonymous.commandId(),
                anonymous.studentId(),
                anonymous.issuedAt(),
                anonymous.placementId(),
                anonymous.evaluationMark(),
                Optional.of("placement-officer"));

        assertThat(events(decide(Students.interning(), signedIn)))
                .singleElement()
                .isInstanceOfSatisfying(
                        PlacementValidated.class,
                        validated -> assertThat(validated.staffId()).contains("placement-officer"));
        assertThat(events(decide(Students.interning(), anonymous)))
                .singleElement()
                .isInstanceOfSatisfying(
                        PlacementValidated.class,
                        validated -> assertThat(validated.staffId()).isEmpty());
    }

    @Test
    void anInternshipCannotBeValidatedOnItsLastDay() {
        var decision = decide(Students.interning(), validate("agr-1", "15", "2027-05-31"));

        assertThat(rejection(decision).rule()).isEqualTo("validation-before-end");
        assertThat(rejection(decision).kind()).isEqualTo(RejectionKind.CONFLICT);
    }

    @Test
    void theDayTurnsWhereTheProgrammeRuns() {
        // 23:30 UTC on 31 May is already 1 June in Paris.
        var lateEvening = new PlacementCommand.Validate(
                "c-1", Students.CAMILLE, Instant.parse("2027-05-31T23:30:00Z"), "agr-1", new BigDecimal("12"));

        assertThat(events(decide(Students.interning(), lateEvening))).hasSize(1);
    }

    @Test
    void anInternshipEndedEarlyIsValidatedAfterItsLastDayWorkedForTheTimeActuallyDone() {
        var endedEarly = after(Students.interning(), endEarly("agr-1", "2027-03-15"));

        var decision = decide(endedEarly, validate("agr-1", "11", "2027-03-16"));

        // 1 February to 15 March: one month, then 15 of March's 31 days.
        assertThat(events(decision))
                .singleElement()
                .isInstanceOfSatisfying(
                        PlacementValidated.class,
                        validated -> assertThat(validated.validatedMonths()).isEqualByComparingTo("1.48"));
    }

    @Test
    void reachingTheRequirementExactlyMeetsIt() {
        var sixMonths = after(Students.enrolled(), internship("agr-1", "2027-03-01", "2027-08-31"));

        var decision = decide(sixMonths, validate("agr-1", "16", "2027-09-01"));

        assertThat(events(decision))
                .hasExactlyElementsOfTypes(PlacementValidated.class, ExperienceRequirementMet.class)
                .last()
                .isInstanceOfSatisfying(ExperienceRequirementMet.class, met -> {
                    assertThat(met.totalValidatedMonths()).isEqualByComparingTo("6.00");
                    assertThat(met.requiredMonths()).isEqualByComparingTo("6.00");
                });
    }

    @Test
    void validatedMonthsAddUpAcrossPlacementsAndMeetTheRequirementOnce() {
        var first = after(Students.interning(), validate("agr-1", "14", "2027-06-01"));
        assertThat(first.validatedMonths()).isEqualByComparingTo("4.00");
        assertThat(first.requirementMetAt()).isEmpty();

        var second = after(first, internship("agr-2", "2027-06-01", "2027-09-30"));
        var meeting = decide(second, validate("agr-2", "13", "2027-10-01"));
        assertThat(events(meeting))
                .hasExactlyElementsOfTypes(PlacementValidated.class, ExperienceRequirementMet.class)
                .last()
                .isInstanceOfSatisfying(
                        ExperienceRequirementMet.class,
                        met -> assertThat(met.totalValidatedMonths()).isEqualByComparingTo("8.00"));

        var met = after(second, validate("agr-2", "13", "2027-10-01"), workStudy("ctr-1", "2027-10-01", "2027-12-31"));
        assertThat(met.validatedMonths()).isEqualByComparingTo("8.00");
        assertThat(events(decide(met, validate("ctr-1", "15", "2028-01-02"))))
                .singleElement()
                .isInstanceOf(PlacementValidated.class);
    }

    @Test
    void aWorkStudyContractIsValidatedLikeAnInternshipAndCountsAsExperience() {
        var apprentice = after(Students.enrolled(), workStudy("ctr-1", "2026-10-01", "2027-09-30"));

        var decision = decide(apprentice, validate("ctr-1", "17", "2027-10-01"));

        assertThat(events(decision))
                .hasExactlyElementsOfTypes(PlacementValidated.class, ExperienceRequirementMet.class)
                .first()
                .isInstanceOfSatisfying(
                        PlacementValidated.class,
                        validated -> assertThat(validated.validatedMonths()).isEqualByComparingTo("12.00"));
    }

    @Test
    void aPlacementIsValidatedOnce() {
        var validated = after(Students.interning(), validate("agr-1", "14", "2027-06-01"));

        assertThat(rejection(decide(validated, validate("agr-1", "18", "2027-06-02")))
                        .rule())
                .isEqualTo("placement-already-validated");
    }

    @Test
    void anEvaluationOutsideZeroToTwentyIsRefused() {
        assertThat(rejection(decide(Students.interning(), validate("agr-1", "20.5", "2027-06-01")))
                        .rule())
                .isEqualTo("evaluation-mark-out-of-range");
        assertThat(rejection(decide(Students.interning(), validate("agr-1", "-1", "2027-06-01")))
                        .rule())
                .isEqualTo("evaluation-mark-out-of-range");
    }

    @Test
    void anEvaluationWithMoreThanTwoDecimalsIsRefused() {
        assertThat(rejection(decide(Students.interning(), validate("agr-1", "14.125", "2027-06-01")))
                        .rule())
                .isEqualTo("evaluation-mark-too-precise");
    }

    @Test
    void anUnknownPlacementCannotBeValidated() {
        var decision = decide(Students.interning(), validate("agr-9", "14", "2027-06-01"));

        assertThat(rejection(decision).rule()).isEqualTo("placement-not-found");
        assertThat(rejection(decision).kind()).isEqualTo(RejectionKind.NOT_FOUND);
    }

    @Test
    void aContractEndedEarlyBeforeTheAcademicYearIsNotValidatedForIt() {
        // Signed in June to run into the year, ended in August: none of it was done in 2026-2027.
        var endedBeforeTheYear = after(
                Students.enrolled(), workStudy("ctr-1", "2026-06-01", "2027-05-31"), endEarly("ctr-1", "2026-08-14"));

        var decision = decide(endedBeforeTheYear, validate("ctr-1", "14", "2026-09-15"));

        assertThat(rejection(decision).rule()).isEqualTo("placement-before-academic-year");
        assertThat(endedBeforeTheYear.validatedMonths()).isEqualByComparingTo("0.00");
    }
}
