package edu.lifecycle.placement.placement;

import static edu.lifecycle.placement.placement.Students.after;
import static edu.lifecycle.placement.placement.Students.decide;
import static edu.lifecycle.placement.placement.Students.events;
import static edu.lifecycle.placement.placement.Students.internship;
import static edu.lifecycle.placement.placement.Students.rejection;
import static edu.lifecycle.placement.placement.Students.workStudy;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.placement.PlacementEvent.InternshipAgreementSigned;
import edu.lifecycle.placement.placement.PlacementEvent.WorkStudyContractSigned;
import edu.lifecycle.servicekit.decision.RejectionKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SigningPlacementTest {

    @Test
    void anInternshipOfFourToSixMonthsIsSigned() {
        var decision = decide(Students.enrolled(), internship("agr-1", "2027-03-01", "2027-08-31"));

        assertThat(events(decision)).singleElement().isInstanceOfSatisfying(InternshipAgreementSigned.class, signed -> {
            assertThat(signed.agreementId()).isEqualTo("agr-1");
            assertThat(signed.sector()).isEqualTo(Sector.STATE_CIVIL_SERVICE);
            assertThat(signed.endOn()).isEqualTo(LocalDate.parse("2027-08-31"));
            assertThat(signed.tutor()).isEqualTo("Colonel Dupuis");
        });
    }

    @Test
    void exactlyFourMonthsIsLongEnough() {
        assertThat(events(decide(Students.enrolled(), internship("agr-1", "2027-02-01", "2027-05-31"))))
                .hasSize(1);
    }

    @Test
    void anInternshipShorterThanFourMonthsIsRefused() {
        var decision = decide(Students.enrolled(), internship("agr-1", "2027-02-01", "2027-05-30"));

        assertThat(rejection(decision).rule()).isEqualTo("internship-too-short");
        assertThat(rejection(decision).kind()).isEqualTo(RejectionKind.RULE_BROKEN);
    }

    @Test
    void anInternshipLongerThanSixMonthsIsRefused() {
        var decision = decide(Students.enrolled(), internship("agr-1", "2027-03-01", "2027-09-01"));

        assertThat(rejection(decision).rule()).isEqualTo("internship-too-long");
    }

    @Test
    void anInternshipEndingBeforeItStartsIsRefused() {
        var decision = decide(Students.enrolled(), internship("agr-1", "2027-06-01", "2027-02-01"));

        assertThat(rejection(decision).rule()).isEqualTo("placement-dates-reversed");
    }

    @Test
    void agreementsOfOneStudentMayNotOverlap() {
        var decision = decide(Students.interning(), internship("agr-2", "2027-05-31", "2027-09-30"));

        assertThat(rejection(decision).rule()).isEqualTo("internship-agreements-overlap");
        assertThat(rejection(decision).kind()).isEqualTo(RejectionKind.CONFLICT);
    }

    @Test
    void anAgreementMayStartTheDayAfterTheLastOneEnds() {
        var decision = decide(Students.interning(), internship("agr-2", "2027-06-01", "2027-09-30"));

        assertThat(events(decision)).singleElement().isInstanceOf(InternshipAgreementSigned.class);
    }

    @Test
    void afterAnEarlyEndTheDaysNoLongerWorkedAreFreeForAnotherAgreement() {
        var endedEarly = after(Students.interning(), Students.endEarly("agr-1", "2027-03-15"));

        var decision = decide(endedEarly, internship("agr-2", "2027-03-16", "2027-07-31"));

        assertThat(events(decision)).singleElement().isInstanceOf(InternshipAgreementSigned.class);
    }

    @Test
    void anyEnrolledStudentMaySignAWorkStudyContract() {
        var decision = decide(Students.interning(), workStudy("ctr-1", "2027-06-01", "2028-05-31"));

        assertThat(events(decision)).singleElement().isInstanceOfSatisfying(WorkStudyContractSigned.class, signed -> {
            assertThat(signed.contractId()).isEqualTo("ctr-1");
            assertThat(signed.employer()).isEqualTo("Thales");
        });
    }

    @Test
    void workStudyContractsOfOneStudentMayNotOverlap() {
        var apprentice = after(Students.enrolled(), workStudy("ctr-1", "2026-10-01", "2027-09-30"));

        var decision = decide(apprentice, workStudy("ctr-2", "2027-09-30", "2028-09-30"));

        assertThat(rejection(decision).rule()).isEqualTo("work-study-contracts-overlap");
    }

    @Test
    void aWorkStudyContractLongerThanTheProgrammeAllowsIsRefused() {
        var decision = decide(Students.enrolled(), workStudy("ctr-1", "2026-10-01", "2029-10-01"));

        assertThat(rejection(decision).rule()).isEqualTo("work-study-contract-too-long");
    }

    @Test
    void aWorkStudyContractEndingBeforeItStartsIsRefused() {
        var decision = decide(Students.enrolled(), workStudy("ctr-1", "2027-10-01", "2026-10-01"));

        assertThat(rejection(decision).rule()).isEqualTo("placement-dates-reversed");
    }

    @Test
    void anInternshipThatEndedBeforeTheAcademicYearIsRefused() {
        // Enrolled for 2026-2027, which starts on 1 September 2026.
        var decision = decide(Students.enrolled(), internship("agr-0", "2026-03-02", "2026-08-31"));

        assertThat(rejection(decision).rule()).isEqualTo("placement-before-academic-year");
        assertThat(rejection(decision).kind()).isEqualTo(RejectionKind.RULE_BROKEN);
        assertThat(rejection(decision).detail()).contains("2026-09-01");
    }

    @Test
    void anInternshipLastingUntilTheFirstDayOfTheYearCountsWhole() {
        var decision = decide(Students.enrolled(), internship("agr-0", "2026-05-01", "2026-09-01"));

        assertThat(events(decision)).singleElement().isInstanceOf(InternshipAgreementSigned.class);
    }

    @Test
    void aWorkStudyContractThatEndedBeforeTheAcademicYearIsRefusedButOneRunningIntoItIsSigned() {
        assertThat(rejection(decide(Students.enrolled(), workStudy("ctr-0", "2025-09-01", "2026-08-31")))
                        .rule())
                .isEqualTo("placement-before-academic-year");
        assertThat(events(decide(Students.enrolled(), workStudy("ctr-1", "2026-06-01", "2027-08-31"))))
                .singleElement()
                .isInstanceOf(WorkStudyContractSigned.class);
    }

    @Test
    void theAcademicYearIsTheStudentsOwn() {
        var nextYears = after(
                java.util.Optional.empty(),
                new PlacementCommand.OpenRecord("c-0", Students.CAMILLE, Students.ENROLLED_AT, "M2-ISD", "2027-2028"));

        assertThat(rejection(decide(nextYears, internship("agr-0", "2027-03-01", "2027-08-31")))
                        .rule())
                .isEqualTo("placement-before-academic-year");
        assertThat(events(decide(Students.enrolled(), internship("agr-0", "2027-03-01", "2027-08-31"))))
                .hasSize(1);
    }
}
