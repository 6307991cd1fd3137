package edu.lifecycle.curriculum.defense.stream;

import edu.lifecycle.curriculum.defense.CalendarEntry;

/**
 * What an event does to a student's place in the calendar: put the defense there, or take it off ({@code entry}
 * {@code null}: defended or transcript closed).
 */
record CalendarChange(String studentId, CalendarEntry entry) {}
