package edu.lifecycle.curriculum.defense;

import java.time.Instant;
import java.util.List;

/**
 * One page of the defense calendar, earliest first: the past defenses still awaiting their result, then the upcoming
 * ones (or only one kind, when asked).
 *
 * @param asOf the time the statuses were read for
 * @param next pass as {@code after} for the next page; {@code null} on the last page
 */
public record CalendarPage(Instant asOf, List<Line> defenses, String next) {

    public CalendarPage {
        defenses = List.copyOf(defenses);
    }

    /** A defense as the calendar shows it. */
    public record Line(String studentId, Instant defenseAt, String room, List<String> jury, DefenseStatus status) {

        public Line {
            jury = List.copyOf(jury);
        }

        public static Line of(CalendarEntry entry, Instant now) {
            return new Line(entry.studentId(), entry.defenseAt(), entry.room(), entry.jury(), entry.statusAt(now));
        }
    }
}
