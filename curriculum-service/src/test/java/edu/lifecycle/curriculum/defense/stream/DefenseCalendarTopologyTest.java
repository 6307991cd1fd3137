package edu.lifecycle.curriculum.defense.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.CurriculumDriver;
import edu.lifecycle.curriculum.Events;
import edu.lifecycle.curriculum.Students;
import edu.lifecycle.curriculum.defense.CalendarEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DefenseCalendarTopologyTest {

    private static final Instant MONDAY = CurriculumDriver.START.plus(Duration.ofDays(7));
    private static final Instant TUESDAY = MONDAY.plus(Duration.ofDays(1));

    private final CurriculumDriver curriculum = CurriculumDriver.withReadModels();
    private final Students students = new Students(curriculum);

    @AfterEach
    void close() {
        curriculum.close();
    }

    @Test
    void scheduledDefensesAreListedByDateWithRoomAndJury() {
        scheduled("stu-late", TUESDAY, "Room B-204");
        scheduled("stu-early", MONDAY, "Amphi A");

        var entries = calendar();

        assertThat(entries).extracting(CalendarEntry::studentId).containsExactly("stu-early", "stu-late");
        assertThat(entries.get(0).room()).isEqualTo("Amphi A");
        assertThat(entries.get(0).jury()).containsExactly("Prof. Dubois", "Dr Roy");
        assertThat(entries.get(0).defenseAt()).isEqualTo(MONDAY);
    }

    @Test
    void aHeldDefenseLeavesTheCalendarAndARescheduledOneComesBackAtItsNewDate() {
        scheduled("stu-1", MONDAY, "Amphi A");
        students.defend("stu-1", "8");
        assertThat(calendar()).isEmpty();

        students.scheduleDefense("stu-1", TUESDAY, "Room B-204");

        assertThat(calendar())
                .singleElement()
                .satisfies(entry -> assertThat(entry.defenseAt()).isEqualTo(TUESDAY));
    }

    @Test
    void aWithdrawalTakesTheDefenseOffTheCalendar() {
        scheduled("stu-1", MONDAY, "Amphi A");

        curriculum.admissions(Events.enrollmentWithdrawn("stu-1"));

        assertThat(calendar()).isEmpty();
    }

    @Test
    void theCalendarShowsDefensesFromNowOnAndPagesOnFromTheCursor() {
        scheduled("stu-1", MONDAY, "Amphi A");
        scheduled("stu-2", TUESDAY, "Room B-204");
        scheduled("stu-3", TUESDAY.plus(Duration.ofHours(2)), "Room B-204");
        KeyValueStore<String, CalendarEntry> store = curriculum.store(DefenseCalendarTopology.CALENDAR_STORE);

        var afterMonday = UpcomingDefenses.page(store, MONDAY.plusSeconds(60), null, 1);
        var next = UpcomingDefenses.page(store, MONDAY.plusSeconds(60), afterMonday.next(), 1);

        assertThat(afterMonday.defenses()).extracting(CalendarEntry::studentId).containsExactly("stu-2");
        assertThat(next.defenses()).extracting(CalendarEntry::studentId).containsExactly("stu-3");
        assertThat(next.next()).isNull();
        assertThat(UpcomingDefenses.page(store, MONDAY, null, 10).defenses()).hasSize(3);
    }

    private void scheduled(String student, Instant at, String room) {
        students.enroll(student);
        students.submitDissertation(student);
        students.scheduleDefense(student, at, room);
    }

    private List<CalendarEntry> calendar() {
        KeyValueStore<String, CalendarEntry> store = curriculum.store(DefenseCalendarTopology.CALENDAR_STORE);
        var entries = new ArrayList<CalendarEntry>();
        try (var all = store.all()) {
            all.forEachRemaining(entry -> entries.add(entry.value));
        }
        return entries;
    }
}
