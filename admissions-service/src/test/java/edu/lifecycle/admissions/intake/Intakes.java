package edu.lifecycle.admissions.intake;

import static edu.lifecycle.admissions.Decisions.eventsOf;

import edu.lifecycle.admissions.intake.IntakeCommand.PlaceApplicant;
import edu.lifecycle.admissions.intake.IntakeCommand.ReleaseSeat;
import edu.lifecycle.admissions.programme.Programmes;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Intakes of the test programmes and the placements that fill them. */
public final class Intakes {

    /** Two seats. */
    public static final IntakeKey M2_ISD_2026 = new IntakeKey("M2-ISD", Programmes.YEAR);
    /** Unlimited, as the test reference data states. */
    public static final IntakeKey M2_ISD_2027 = new IntakeKey("M2-ISD", Programmes.NEXT_YEAR);

    public static final Instant OPENING = Instant.parse("2026-04-01T08:00:00Z");
    public static final IntakeDecider DECIDER = new IntakeDecider(Programmes.catalog());

    private Intakes() {}

    /** M2-ISD 2026-2027 with both seats taken by S-A and S-B. */
    public static Intake full() {
        return placing(
                Intake.empty(M2_ISD_2026),
                jury(M2_ISD_2026, "S-A", AdmissionDecision.ADMITTED, "30.00", 1),
                jury(M2_ISD_2026, "S-B", AdmissionDecision.ADMITTED, "29.00", 2));
    }

    /** The jury's wish for a student, arriving {@code minute} minutes after the opening. */
    public static PlaceApplicant jury(
            IntakeKey intake, String studentId, AdmissionDecision requested, String examScore, int minute) {
        var reason = requested == AdmissionDecision.REJECTED
                ? Optional.of("insufficient motivation")
                : Optional.<String>empty();
        return new PlaceApplicant(
                "place-" + studentId, intake, studentId, minute(minute), requested, reason, new BigDecimal(examScore));
    }

    public static ReleaseSeat release(IntakeKey intake, String studentId, int minute) {
        return new ReleaseSeat("release-" + studentId, intake, studentId, minute(minute));
    }

    /** Runs commands one after the other; each must be accepted. */
    public static Intake placing(Intake start, IntakeCommand... commands) {
        return placing(DECIDER, start, commands);
    }

    public static Intake placing(IntakeDecider decider, Intake start, IntakeCommand... commands) {
        var state = start;
        for (IntakeCommand command : commands) {
            state = decider.evolveAll(state, eventsOf(decider.decide(state, command)));
        }
        return state;
    }

    public static Instant minute(int minute) {
        return OPENING.plus(Duration.ofMinutes(minute));
    }
}
