package edu.lifecycle.admissions.intake;

import edu.lifecycle.admissions.intake.IntakeCommand.PlaceApplicant;
import edu.lifecycle.admissions.intake.IntakeCommand.ReleaseSeat;
import edu.lifecycle.admissions.intake.IntakeEvent.ApplicantLeftWaitlist;
import edu.lifecycle.admissions.intake.IntakeEvent.ApplicantPlaced;
import edu.lifecycle.admissions.intake.IntakeEvent.SeatReleased;
import edu.lifecycle.admissions.intake.IntakeEvent.WaitlistPromotionGranted;
import edu.lifecycle.admissions.programme.Capacity;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The pure decisions of the {@link Intake} aggregate, keyed by programme and academic year: capacity spans students,
 * so the final admission decision is taken here rather than on each student's application. A new key starts from
 * {@link Intake#empty}. A decision reads only the facts about the command's student, the number of seats taken and
 * the head of the waitlist ({@link IntakeState}), so the service can keep them one per entry.
 */
public final class IntakeDecider {

    /** The reason given to an applicant the jury admitted when no seat was left. */
    public static final String CAPACITY_REACHED = "capacity reached";

    private final ProgrammeCatalog programmes;

    public IntakeDecider(ProgrammeCatalog programmes) {
        this.programmes = programmes;
    }

    public Decision<IntakeEvent> decide(IntakeState intake, IntakeCommand command) {
        if (!intake.key().equals(command.intake())) {
            throw new IllegalArgumentException(
                    "Command for intake " + command.intake() + " routed to intake " + intake.key());
        }
        var programme = programmes.find(intake.key().programmeId());
        if (programme.isEmpty()) {
            return Decision.ruleBroken(
                    IntakeRules.PROGRAMME_UNKNOWN,
                    "Programme " + intake.key().programmeId() + " is no longer offered.");
        }
        var year = intake.key().academicYear();
        // The catalog guarantees a stated capacity for every open year; a closed year admits and promotes nobody.
        Optional<Capacity> capacity = programmes.isOpen(year) ? programme.get().capacityFor(year) : Optional.empty();
        if (command instanceof PlaceApplicant place) {
            if (capacity.isEmpty()) {
                return Decision.ruleBroken(
                        IntakeRules.ACADEMIC_YEAR_NOT_OPEN,
                        "Academic year " + year + " is no longer open: no one is admitted to it.");
            }
            return place(intake, place, capacity.get().limit());
        }
        if (command instanceof ReleaseSeat release) {
            return release(intake, release, capacity);
        }
        throw new IllegalArgumentException("Unknown intake command " + command.getClass());
    }

    public Intake evolve(Intake intake, IntakeEvent event) {
        if (event instanceof ApplicantPlaced placed) {
            return intake.withPlacement(placed);
        }
        if (event instanceof SeatReleased released) {
            return intake.withSeatReleasedBy(released.studentId());
        }
        if (event instanceof ApplicantLeftWaitlist left) {
            return intake.withoutWaiting(left.studentId());
        }
        if (event instanceof WaitlistPromotionGranted granted) {
            return intake.withPromotionOf(granted.studentId());
        }
        throw new IllegalArgumentException("Unknown intake event " + event.getClass());
    }

    /** The fold of {@code events} over {@code intake}: what a state store holds after a decision. */
    public Intake evolveAll(Intake intake, List<? extends IntakeEvent> events) {
        var state = intake;
        for (IntakeEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    private static Decision<IntakeEvent> place(IntakeState intake, PlaceApplicant command, OptionalInt capacity) {
        if (intake.hasPlaced(command.studentId())) {
            return Decision.accept(List.of());
        }
        boolean admittedWithoutSeat =
                command.requested() == AdmissionDecision.ADMITTED && !intake.hasFreeSeat(capacity);
        var decision = admittedWithoutSeat ? AdmissionDecision.WAITLISTED : command.requested();
        Optional<String> reason = admittedWithoutSeat ? Optional.of(CAPACITY_REACHED) : command.reason();
        return Decision.accept(new ApplicantPlaced(
                intake.key(),
                command.studentId(),
                command.issuedAt(),
                decision,
                reason,
                command.examScore(),
                command.staffId()));
    }

    /** @param capacity the year's capacity; empty for a closed year, where the seat frees but nobody is promoted */
    private static Decision<IntakeEvent> release(IntakeState intake, ReleaseSeat command, Optional<Capacity> capacity) {
        if (intake.isWaitlisted(command.studentId())) {
            return Decision.accept(new ApplicantLeftWaitlist(intake.key(), command.studentId(), command.issuedAt()));
        }
        if (!intake.holdsSeat(command.studentId())) {
            // Rejected, never placed, or already released: nothing to free.
            return Decision.accept(List.of());
        }
        var events = new ArrayList<IntakeEvent>();
        events.add(new SeatReleased(intake.key(), command.studentId(), command.issuedAt()));
        // The freed seat may not be enough if capacity was lowered below the seats already given. The leaving seat
        // holder was not waiting, so the waitlist's head is the same after the release as before it.
        if (capacity.isPresent()
                && intake.hasFreeSeatOnceOneLeaves(capacity.get().limit())) {
            intake.nextInLine()
                    .ifPresent(next -> events.add(new WaitlistPromotionGranted(
                            intake.key(), next.studentId(), command.issuedAt(), command.studentId())));
        }
        return Decision.accept(events);
    }
}
