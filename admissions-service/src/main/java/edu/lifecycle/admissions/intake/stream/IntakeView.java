package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.Intake;
import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.admissions.intake.WaitlistEntry;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Seats taken and the waitlist of one programme year, in promotion order.
 *
 * @param waitlist student ids, the next to be promoted first
 */
public record IntakeView(String programme, String academicYear, List<String> seatHolders, List<String> waitlist) {

    public static IntakeView of(Intake intake) {
        return new IntakeView(
                intake.key().programmeId(),
                intake.key().academicYear().toString(),
                intake.seatHolders(),
                intake.waitlist().stream().map(WaitlistEntry::studentId).toList());
    }

    /**
     * The intake of {@code key} as its stores hold it.
     *
     * @param stored the value of {@link IntakeAggregate#STATE_STORE}, if any
     * @param seats the values of {@link IntakeAggregate#SEATS_STORE} under a key prefix, in key order
     * @param waitlist the values of {@link IntakeAggregate#WAITLIST_STORE} under a key prefix, in key order
     */
    public static IntakeView read(
            IntakeKey key,
            Optional<IntakeRecord> stored,
            Function<String, List<String>> seats,
            Function<String, List<WaitlistEntry>> waitlist) {
        if (stored.isPresent() && stored.get() instanceof IntakeRecord.Whole whole) {
            // Written by an earlier release and not changed since: the whole intake is still in the one value.
            return of(whole.intake());
        }
        if (stored.isEmpty()) {
            return of(Intake.empty(key));
        }
        String prefix = IntakeStoreKeys.prefix(key);
        return new IntakeView(
                key.programmeId(),
                key.academicYear().toString(),
                seats.apply(prefix),
                waitlist.apply(prefix).stream().map(WaitlistEntry::studentId).toList());
    }
}
