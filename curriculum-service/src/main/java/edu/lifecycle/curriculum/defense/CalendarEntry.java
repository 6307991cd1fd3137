package edu.lifecycle.curriculum.defense;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A defense on the calendar: one whose result is not recorded yet, on a transcript still open. */
public record CalendarEntry(String studentId, Instant defenseAt, String room, List<String> jury) {

    public CalendarEntry {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(defenseAt, "defenseAt");
        Objects.requireNonNull(room, "room");
        jury = List.copyOf(jury);
    }

    /** The entry's place in the calendar: its time, then the student, so keys sort by date. */
    public String slot() {
        return CalendarSlots.of(defenseAt, studentId);
    }

    /** From its scheduled time on, the result may be recorded, so the defense awaits it. */
    public DefenseStatus statusAt(Instant now) {
        return defenseAt.isAfter(now) ? DefenseStatus.SCHEDULED : DefenseStatus.AWAITING_RESULT;
    }
}
