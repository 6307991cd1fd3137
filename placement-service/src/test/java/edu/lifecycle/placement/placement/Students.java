package edu.lifecycle.placement.placement;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.placement.PlacementCommand.CloseRecord;
import edu.lifecycle.placement.placement.PlacementCommand.EndEarly;
import edu.lifecycle.placement.placement.PlacementCommand.NoteGraduation;
import edu.lifecycle.placement.placement.PlacementCommand.OpenRecord;
import edu.lifecycle.placement.placement.PlacementCommand.RecordGraduateOutcome;
import edu.lifecycle.placement.placement.PlacementCommand.SignInternship;
import edu.lifecycle.placement.placement.PlacementCommand.SignWorkStudyContract;
import edu.lifecycle.placement.placement.PlacementCommand.Validate;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.decision.Rejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Students at each step of their placements, and the commands that move them on, in the domain's words. */
final class Students {

    static final String CAMILLE = "stu-camille";
    static final Instant ENROLLED_AT = Instant.parse("2026-09-01T08:00:00Z");
    static final PlacementDecider DECIDER = new PlacementDecider(Programmes.catalog(), Programmes.calendar());

    private Students() {}

    static PlacementRecord enrolled() {
        return after(Optional.empty(), new OpenRecord(id(), CAMILLE, ENROLLED_AT, "M2-ISD", "2026-2027"));
    }

    /** Enrolled, with an internship from 1 February to 31 May 2027 (4.00 months) under agreement {@code agr-1}. */
    static PlacementRecord interning() {
        return after(enrolled(), internship("agr-1", "2027-02-01", "2027-05-31"));
    }

    static PlacementRecord after(PlacementRecord record, PlacementCommand... commands) {
        return after(Optional.of(record), commands);
    }

    static PlacementRecord after(Optional<PlacementRecord> record, PlacementCommand... commands) {
        var state = record;
        for (PlacementCommand command : commands) {
            state = DECIDER.evolveAll(state, events(DECIDER.decide(state, command)));
        }
        return state.orElseThrow();
    }

    static Decision<PlacementEvent> decide(PlacementRecord record, PlacementCommand command) {
        return DECIDER.decide(Optional.of(record), command);
    }

    static List<PlacementEvent> events(Decision<PlacementEvent> decision) {
        assertThat(decision).isInstanceOf(Decision.Accepted.class);
        return ((Decision.Accepted<PlacementEvent>) decision).events();
    }

    static Rejection rejection(Decision<PlacementEvent> decision) {
        assertThat(decision).isInstanceOf(Decision.Rejected.class);
        return ((Decision.Rejected<PlacementEvent>) decision).rejection();
    }

    static SignInternship internship(String agreementId, String startOn, String endOn) {
        return new SignInternship(
                id(),
                CAMILLE,
                ENROLLED_AT,
                agreementId,
                "Ministère des Armées",
                Sector.STATE_CIVIL_SERVICE,
                "Policy analyst",
                LocalDate.parse(startOn),
                LocalDate.parse(endOn),
                true,
                "Colonel Dupuis");
    }

    static SignWorkStudyContract workStudy(String contractId, String startOn, String endOn) {
        return new SignWorkStudyContract(
                id(), CAMILLE, ENROLLED_AT, contractId, "Thales", LocalDate.parse(startOn), LocalDate.parse(endOn));
    }

    static EndEarly endEarly(String placementId, String endedOn) {
        return new EndEarly(id(), CAMILLE, ENROLLED_AT, placementId, LocalDate.parse(endedOn), "host reorganised");
    }

    /** The tutor's evaluation sent on {@code day}, at noon in Paris. */
    static Validate validate(String placementId, String mark, String day) {
        return new Validate(id(), CAMILLE, noonInParis(day), placementId, new BigDecimal(mark));
    }

    static CloseRecord withdraw() {
        return new CloseRecord(id(), CAMILLE, ENROLLED_AT, "moved abroad");
    }

    static NoteGraduation degreeAwarded() {
        return new NoteGraduation(id(), CAMILLE, Instant.parse("2027-07-10T09:00:00Z"), "M2-ISD", "2026-2027");
    }

    static RecordGraduateOutcome firstPosition(int monthsAfterGraduation) {
        return new RecordGraduateOutcome(
                id(),
                CAMILLE,
                Instant.parse("2028-01-15T09:00:00Z"),
                Sector.DEFENCE_INDUSTRY,
                "Naval Group",
                "Security analyst",
                Optional.of("none"),
                monthsAfterGraduation);
    }

    static Instant noonInParis(String day) {
        return LocalDate.parse(day).atTime(12, 0).atZone(Programme.DEFAULT_ZONE).toInstant();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
