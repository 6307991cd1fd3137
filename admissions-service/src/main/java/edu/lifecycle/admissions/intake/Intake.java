package edu.lifecycle.admissions.intake;

import edu.lifecycle.admissions.intake.IntakeEvent.ApplicantPlaced;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who holds the seats of a programme year and who waits for one, all in memory: the fold of an intake's events, as
 * the rules are stated and tested. The service's store keeps the same facts one student per entry (see
 * {@link IntakeState}). The capacity itself is reference data, read by the decider at each decision, so that a
 * configuration change applies from the next decision on without rewriting this state.
 *
 * @param seatHolders admitted or enrolled students, in the order they got their seat
 * @param waitlist waiting students, first to be promoted first
 * @param placed every student ever placed, whatever the outcome: placing one twice changes nothing
 */
public record Intake(IntakeKey key, List<String> seatHolders, List<WaitlistEntry> waitlist, Set<String> placed)
        implements IntakeState {

    public Intake {
        Objects.requireNonNull(key, "key");
        seatHolders = List.copyOf(seatHolders);
        var ordered = new ArrayList<>(waitlist);
        ordered.sort(WaitlistEntry.PROMOTION_ORDER);
        waitlist = List.copyOf(ordered);
        // Sorted so that the state, and anything serialised from it, reads the same on every run.
        placed = Collections.unmodifiableSortedSet(new TreeSet<>(placed));
    }

    /** An intake no one was placed in yet: the state of a new key. */
    public static Intake empty(IntakeKey key) {
        return new Intake(key, List.of(), List.of(), Set.of());
    }

    @Override
    public boolean hasPlaced(String studentId) {
        return placed.contains(studentId);
    }

    @Override
    public boolean holdsSeat(String studentId) {
        return seatHolders.contains(studentId);
    }

    @Override
    public boolean isWaitlisted(String studentId) {
        return waitlist.stream().anyMatch(entry -> entry.studentId().equals(studentId));
    }

    @Override
    public int seatsTaken() {
        return seatHolders.size();
    }

    @Override
    public Optional<WaitlistEntry> nextInLine() {
        return waitlist.stream().findFirst();
    }

    Intake withPlacement(ApplicantPlaced event) {
        var nowPlaced = new TreeSet<>(placed);
        nowPlaced.add(event.studentId());
        return switch (event.decision()) {
            case ADMITTED -> new Intake(key, append(seatHolders, event.studentId()), waitlist, nowPlaced);
            case WAITLISTED ->
                new Intake(
                        key,
                        seatHolders,
                        append(waitlist, new WaitlistEntry(event.studentId(), event.examScore(), event.occurredAt())),
                        nowPlaced);
            case REJECTED -> new Intake(key, seatHolders, waitlist, nowPlaced);
        };
    }

    Intake withSeatReleasedBy(String studentId) {
        return new Intake(key, without(seatHolders, studentId), waitlist, placed);
    }

    Intake withoutWaiting(String studentId) {
        return new Intake(key, seatHolders, waitlistWithout(studentId), placed);
    }

    Intake withPromotionOf(String studentId) {
        return new Intake(key, append(seatHolders, studentId), waitlistWithout(studentId), placed);
    }

    private List<WaitlistEntry> waitlistWithout(String studentId) {
        return waitlist.stream()
                .filter(entry -> !entry.studentId().equals(studentId))
                .toList();
    }

    private static <T> List<T> append(List<T> list, T element) {
        var longer = new ArrayList<>(list);
        longer.add(element);
        return longer;
    }

    private static List<String> without(List<String> list, String element) {
        return list.stream().filter(each -> !each.equals(element)).toList();
    }
}
