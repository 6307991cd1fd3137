package edu.lifecycle.curriculum.defense;

import java.util.List;

/**
 * One page of upcoming defenses, earliest first.
 *
 * @param next pass as {@code after} for the next page; {@code null} on the last page
 */
public record CalendarPage(List<CalendarEntry> defenses, String next) {

    public CalendarPage {
        defenses = List.copyOf(defenses);
    }
}
