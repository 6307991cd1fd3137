package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.IntakeEvent;
import edu.lifecycle.admissions.intake.IntakeEvent.ApplicantLeftWaitlist;
import edu.lifecycle.admissions.intake.IntakeEvent.ApplicantPlaced;
import edu.lifecycle.admissions.intake.IntakeEvent.SeatReleased;
import edu.lifecycle.admissions.intake.IntakeEvent.WaitlistPromotionGranted;
import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.admissions.intake.IntakeState;
import edu.lifecycle.admissions.intake.WaitlistEntry;
import edu.lifecycle.admissions.intake.stream.PlacedStudent.Standing;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One intake as its stores hold it, for one command: a decision reads the tally, the command's student and the head
 * of the waitlist, and {@link #record} folds the events into a handful of changed entries, written together by
 * {@link #write} once everything is computed, so a failure writes nothing. What a command costs is independent of
 * how many students the intake holds; the in-memory {@link edu.lifecycle.admissions.intake.Intake} folds the same
 * events the same way, and a test holds the two to it.
 */
final class StoredIntake implements IntakeState {

    private final IntakeStores stores;
    private final IntakeKey key;
    private IntakeRecord.Tally tally;
    private boolean tallyChanged;
    /** Changed entries by store key; an empty value deletes. */
    private final Map<String, Optional<PlacedStudent>> students = new HashMap<>();

    private final Map<String, Optional<String>> seats = new HashMap<>();
    private final Map<String, Optional<WaitlistEntry>> waitlist = new HashMap<>();

    private StoredIntake(IntakeStores stores, IntakeKey key, IntakeRecord.Tally tally) {
        this.stores = stores;
        this.key = key;
        this.tally = tally;
    }

    /**
     * The intake of {@code key}. A value an earlier release wrote whole is spread into entries here: written with
     * the command's own changes, once, the first time a command changes that year.
     */
    static StoredIntake open(IntakeStores stores, IntakeKey key) {
        var stored = stores.tallies().get(key.toString());
        if (stored instanceof IntakeRecord.Tally tally) {
            return new StoredIntake(stores, key, tally);
        }
        var intake = new StoredIntake(stores, key, IntakeRecord.Tally.empty(key));
        if (stored instanceof IntakeRecord.Whole whole) {
            intake.spread(whole);
        }
        return intake;
    }

    @Override
    public IntakeKey key() {
        return key;
    }

    @Override
    public boolean hasPlaced(String studentId) {
        return student(studentId).isPresent();
    }

    @Override
    public boolean holdsSeat(String studentId) {
        return student(studentId)
                .filter(s -> s.standing() == Standing.SEAT_HOLDER)
                .isPresent();
    }

    @Override
    public boolean isWaitlisted(String studentId) {
        return student(studentId).filter(s -> s.standing() == Standing.WAITING).isPresent();
    }

    @Override
    public int seatsTaken() {
        return tally.seatsTaken();
    }

    @Override
    public Optional<WaitlistEntry> nextInLine() {
        // The first stored entry this command has not removed, against the first it added: the few changes of one
        // command bound the scan.
        var added = new TreeMap<String, WaitlistEntry>();
        waitlist.forEach((rank, entry) -> entry.ifPresent(value -> added.put(rank, value)));
        String first = added.isEmpty() ? null : added.firstKey();
        try (var stored = stores.waitlist().prefixScan(IntakeStoreKeys.prefix(key), new StringSerializer())) {
            while (stored.hasNext()) {
                var next = stored.next();
                if (waitlist.containsKey(next.key)) {
                    continue;
                }
                if (first == null || next.key.compareTo(first) < 0) {
                    return Optional.of(next.value);
                }
                break;
            }
        }
        return Optional.ofNullable(first).map(added::get);
    }

    IntakeRecord.Tally tally() {
        return tally;
    }

    /** Folds one event, as {@code IntakeDecider.evolve} folds it into the in-memory intake. */
    void record(IntakeEvent event) {
        if (event instanceof ApplicantPlaced placed) {
            switch (placed.decision()) {
                case ADMITTED -> giveSeat(placed.studentId());
                case WAITLISTED ->
                    startWaiting(new WaitlistEntry(placed.studentId(), placed.examScore(), placed.occurredAt()));
                case REJECTED -> putStudent(placed.studentId(), PlacedStudent.neither());
            }
        } else if (event instanceof SeatReleased released) {
            releaseSeat(released.studentId());
        } else if (event instanceof ApplicantLeftWaitlist left) {
            stopWaiting(left.studentId()).ifPresent(entry -> putStudent(entry.studentId(), PlacedStudent.neither()));
        } else if (event instanceof WaitlistPromotionGranted granted) {
            stopWaiting(granted.studentId()).ifPresent(entry -> giveSeat(entry.studentId()));
        } else {
            throw new IllegalArgumentException("Unknown intake event " + event.getClass());
        }
    }

    /** Writes what {@link #record} changed. */
    void write() {
        if (tallyChanged) {
            stores.tallies().put(key.toString(), tally);
        }
        students.forEach((k, v) -> stores.students().put(k, v.orElse(null)));
        seats.forEach((k, v) -> stores.seats().put(k, v.orElse(null)));
        waitlist.forEach((k, v) -> stores.waitlist().put(k, v.orElse(null)));
    }

    private void giveSeat(String studentId) {
        long seat = tally.seatsGiven();
        seats.put(IntakeStoreKeys.seat(key, seat), Optional.of(studentId));
        putStudent(studentId, PlacedStudent.holding(seat));
        setTally(new IntakeRecord.Tally(key, tally.seatsTaken() + 1, tally.waiting(), seat + 1));
    }

    private void releaseSeat(String studentId) {
        var holder = student(studentId).filter(s -> s.standing() == Standing.SEAT_HOLDER);
        if (holder.isEmpty()) {
            return;
        }
        seats.put(IntakeStoreKeys.seat(key, holder.get().seat()), Optional.empty());
        putStudent(studentId, PlacedStudent.neither());
        setTally(new IntakeRecord.Tally(key, tally.seatsTaken() - 1, tally.waiting(), tally.seatsGiven()));
    }

    private void startWaiting(WaitlistEntry entry) {
        waitlist.put(IntakeStoreKeys.rank(key, entry), Optional.of(entry));
        putStudent(entry.studentId(), PlacedStudent.waiting(entry));
        setTally(new IntakeRecord.Tally(key, tally.seatsTaken(), tally.waiting() + 1, tally.seatsGiven()));
    }

    /** Takes the student off the waitlist; empty when they were not on it. */
    private Optional<WaitlistEntry> stopWaiting(String studentId) {
        var entry = student(studentId).map(PlacedStudent::waiting);
        entry.ifPresent(waiting -> {
            waitlist.put(IntakeStoreKeys.rank(key, waiting), Optional.empty());
            setTally(new IntakeRecord.Tally(key, tally.seatsTaken(), tally.waiting() - 1, tally.seatsGiven()));
        });
        return entry;
    }

    private void spread(IntakeRecord.Whole whole) {
        var intake = whole.intake();
        for (String holder : intake.seatHolders()) {
            giveSeat(holder);
        }
        for (WaitlistEntry entry : intake.waitlist()) {
            startWaiting(entry);
        }
        for (String placed : intake.placed()) {
            if (!students.containsKey(IntakeStoreKeys.student(key, placed))) {
                putStudent(placed, PlacedStudent.neither());
            }
        }
        // Written even if the command changes nothing else: the whole value must not be read again.
        tallyChanged = true;
    }

    private Optional<PlacedStudent> student(String studentId) {
        String entry = IntakeStoreKeys.student(key, studentId);
        var changed = students.get(entry);
        return changed != null ? changed : Optional.ofNullable(stores.students().get(entry));
    }

    private void putStudent(String studentId, PlacedStudent student) {
        students.put(IntakeStoreKeys.student(key, studentId), Optional.of(student));
    }

    private void setTally(IntakeRecord.Tally changed) {
        tally = changed;
        tallyChanged = true;
    }

    /** The four stores of the intakes of one task. */
    record IntakeStores(
            KeyValueStore<String, IntakeRecord> tallies,
            KeyValueStore<String, PlacedStudent> students,
            KeyValueStore<String, String> seats,
            KeyValueStore<String, WaitlistEntry> waitlist) {}
}
