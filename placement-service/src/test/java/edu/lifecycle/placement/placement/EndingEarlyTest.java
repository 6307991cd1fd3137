package edu.lifecycle.placement.placement;

import static edu.lifecycle.placement.placement.Students.CAMILLE;
import static edu.lifecycle.placement.placement.Students.ENROLLED_AT;
import static edu.lifecycle.placement.placement.Students.after;
import static edu.lifecycle.placement.placement.Students.decide;
import static edu.lifecycle.placement.placement.Students.endEarly;
import static edu.lifecycle.placement.placement.Students.events;
import static edu.lifecycle.placement.placement.Students.rejection;
import static edu.lifecycle.placement.placement.Students.workStudy;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.placement.PlacementCommand.EndEarly;
import edu.lifecycle.placement.placement.PlacementEvent.PlacementEndedEarly;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EndingEarlyTest {

    @Test
    void anInternshipEndsEarlyWithItsLastDayWorkedAndAReason() {
        var decision = decide(Students.interning(), endEarly("agr-1", "2027-03-31"));

        assertThat(events(decision)).singleElement().isInstanceOfSatisfying(PlacementEndedEarly.class, ended -> {
            assertThat(ended.placementId()).isEqualTo("agr-1");
            assertThat(ended.kind()).isEqualTo(PlacementKind.INTERNSHIP);
            assertThat(ended.endedOn()).isEqualTo(LocalDate.parse("2027-03-31"));
            assertThat(ended.reason()).isEqualTo("host reorganised");
        });
        var record = after(Students.interning(), endEarly("agr-1", "2027-03-31"));
        assertThat(record.placement("agr-1").orElseThrow().status()).isEqualTo(PlacementStatus.ENDED_EARLY);
    }

    @Test
    void aWorkStudyContractEndsEarlyAsWorkStudy() {
        var apprentice = after(Students.enrolled(), workStudy("ctr-1", "2026-10-01", "2027-09-30"));

        var decision = decide(apprentice, endEarly("ctr-1", "2027-01-31"));

        assertThat(events(decision))
                .singleElement()
                .isInstanceOfSatisfying(
                        PlacementEndedEarly.class,
                        ended -> assertThat(ended.kind()).isEqualTo(PlacementKind.WORK_STUDY));
    }

    @Test
    void anEarlyEndOnOrAfterTheAgreedEndIsRefused() {
        assertThat(rejection(decide(Students.interning(), endEarly("agr-1", "2027-05-31")))
                        .rule())
                .isEqualTo("early-end-outside-placement");
    }

    @Test
    void anEarlyEndBeforeTheStartIsRefused() {
        assertThat(rejection(decide(Students.interning(), endEarly("agr-1", "2027-01-31")))
                        .rule())
                .isEqualTo("early-end-outside-placement");
    }

    @Test
    void anEarlyEndNeedsAReason() {
        var blank = new EndEarly("c-1", CAMILLE, ENROLLED_AT, "agr-1", LocalDate.parse("2027-03-31"), "  ");

        assertThat(rejection(decide(Students.interning(), blank)).rule()).isEqualTo("early-end-reason-required");
    }

    @Test
    void aPlacementEndsEarlyOnce() {
        var ended = after(Students.interning(), endEarly("agr-1", "2027-03-31"));

        assertThat(rejection(decide(ended, endEarly("agr-1", "2027-03-15"))).rule())
                .isEqualTo("placement-already-ended-early");
    }

    @Test
    void aValidatedPlacementCannotEndEarly() {
        var validated = after(Students.interning(), Students.validate("agr-1", "14", "2027-06-01"));

        assertThat(rejection(decide(validated, endEarly("agr-1", "2027-03-31"))).rule())
                .isEqualTo("placement-already-validated");
    }

    @Test
    void anUnknownPlacementCannotEndEarly() {
        assertThat(rejection(decide(Students.interning(), endEarly("agr-9", "2027-03-31")))
                        .rule())
                .isEqualTo("placement-not-found");
    }
}
