package edu.lifecycle.admissions.cohort;

import java.util.List;

/**
 * A page of a programme year's roster, ordered by student id.
 *
 * @param hasNext whether a further page has entries
 */
public record RosterPage(
        String programme, String academicYear, List<RosterEntry> items, int page, int size, boolean hasNext) {

    public RosterPage {
        items = List.copyOf(items);
    }
}
