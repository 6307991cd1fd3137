package edu.lifecycle.curriculum.defense.stream;

import edu.lifecycle.curriculum.defense.CalendarEntry;
import edu.lifecycle.curriculum.defense.CalendarPage;
import edu.lifecycle.curriculum.defense.CalendarSlots;
import edu.lifecycle.servicekit.query.Page;
import edu.lifecycle.servicekit.query.StorePages;
import java.time.Instant;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Reads a page of the calendar from {@link DefenseCalendarTopology#CALENDAR_STORE}. */
public final class UpcomingDefenses {

    private UpcomingDefenses() {}

    /**
     * Defenses at or after {@code now}, earliest first; with {@code after} (a previous page's {@code next}), those
     * after it instead, so a client pages on from where it stopped.
     */
    public static CalendarPage page(
            ReadOnlyKeyValueStore<String, CalendarEntry> calendar, Instant now, String after, int limit) {
        String from = after != null ? after : CalendarSlots.before(now);
        Page<CalendarEntry> page = StorePages.page(calendar, "", from, limit);
        return new CalendarPage(page.items().stream().map(Page.Item::value).toList(), page.next());
    }
}
