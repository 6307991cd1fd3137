package edu.lifecycle.curriculum.defense;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Calendar keys that sort by time as strings: a fixed-width UTC timestamp ({@code 2027-06-14T09:30:00Z}), then
 * {@code |} and the student id, which keeps two defenses at the same time apart.
 */
public final class CalendarSlots {

    private static final DateTimeFormatter FIXED_WIDTH =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private CalendarSlots() {}

    static String of(Instant at, String studentId) {
        return FIXED_WIDTH.format(at) + "|" + studentId;
    }

    /** A key just before every defense at or after {@code at}. */
    public static String before(Instant at) {
        return FIXED_WIDTH.format(at);
    }
}
