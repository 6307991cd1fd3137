package edu.lifecycle.curriculum.defense.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.CurriculumDriver;
import edu.lifecycle.curriculum.Events;
import edu.lifecycle.curriculum.Students;
import edu.lifecycle.curriculum.defense.CalendarEntry;
import edu.lifecycle.curriculum.defense.CalendarPage;
import edu.lifecycle.curriculum.defense.DefenseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DefenseCalendarTopologyTest {

    private static final Instant MONDAY = CurriculumDriver.START.plus(Duration.ofDays(7));
    private static final Instant TUESDAY = MONDAY.plus(Duration.ofDays(1));
    private static final Instant NEXT_MONTH = CurriculumDriver.START.plus(Duration.ofDays(30));

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
    void aHeldDefenseLeavesTheCalendarAndARetakeComesBackAtItsNewDate() {
        scheduled("stu-1", MONDAY, "Amphi A");
        students.defend("stu-1", "8");
        assertThat(calendar()).isEmpty();

        students.scheduleDefense("stu-1", TUESDAY, "Room B-204");

        assertThat(calendar())
                .singleElement()
                .satisfies(entry -> assertThat(entry.defenseAt()).isEqualTo(TUESDAY));
    }

    @Test
    void aRescheduledDefenseMovesToItsNewDateRoomAndJury() {
        scheduled("stu-1", MONDAY, "Amphi A");
        scheduled("stu-2", TUESDAY, "Room B-204");

        students.rescheduleDefense("stu-1", NEXT_MONTH, "Room C-3");

        assertThat(calendar()).extracting(CalendarEntry::studentId).containsExactly("stu-2", "stu-1");
        assertThat(calendar().get(1)).satisfies(entry -> {
            assertThat(entry.defenseAt()).isEqualTo(NEXT_MONTH);
            assertThat(entry.room()).isEqualTo("Room C-3");
        });
    }

    @Test
    void aWithdrawalTakesTheDefenseOffTheCalendar() {
        scheduled("stu-1", MONDAY, "Amphi A");

        curriculum.admissions(Events.enrollmentWithdrawn("stu-1"));

        assertThat(calendar()).isEmpty();
    }

    @Test
    void pastDefensesStillAwaitingTheirResultComeFirstThenTheUpcomingOnes() {
        scheduled("stu-1", MONDAY, "Amphi A");
        scheduled("stu-2", TUESDAY, "Room B-204");
        scheduled("stu-3", NEXT_MONTH, "Room B-204");
        var wednesday = TUESDAY.plus(Duration.ofDays(1));

        var page = page(wednesday, Optional.empty(), null, 10);

        assertThat(page.defenses())
                .extracting(CalendarPage.Line::studentId, CalendarPage.Line::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("stu-1", DefenseStatus.AWAITING_RESULT),
                        org.assertj.core.groups.Tuple.tuple("stu-2", DefenseStatus.AWAITING_RESULT),
                        org.assertj.core.groups.Tuple.tuple("stu-3", DefenseStatus.SCHEDULED));
        assertThat(page.asOf()).isEqualTo(wednesday);
    }

    @Test
    void aDefenseAwaitsItsResultFromItsScheduledTimeOn() {
        scheduled("stu-1", MONDAY, "Amphi A");

        assertThat(page(MONDAY.minusSeconds(1), Optional.empty(), null, 10).defenses())
                .singleElement()
                .satisfies(line -> assertThat(line.status()).isEqualTo(DefenseStatus.SCHEDULED));
        assertThat(page(MONDAY, Optional.empty(), null, 10).defenses())
                .singleElement()
                .satisfies(line -> assertThat(line.status()).isEqualTo(DefenseStatus.AWAITING_RESULT));
    }

    @Test
    void eachStatusCanBeListedAloneAndPagedFromTheCursor() {
        scheduled("stu-1", MONDAY, "Amphi A");
        scheduled("stu-2", TUESDAY, "Room B-204");
        scheduled("stu-3", TUESDAY.plus(Duration.ofHours(2)), "Room B-204");
        scheduled("stu-4", NEXT_MONTH, "Room B-204");
        var afterMonday = MONDAY.plusSeconds(60);

        var awaiting = page(afterMonday, Optional.of(DefenseStatus.AWAITING_RESULT), null, 10);
        var first = page(afterMonday, Optional.of(DefenseStatus.SCHEDULED), null, 2);
        var second = page(afterMonday, Optional.of(DefenseStatus.SCHEDULED), first.next(), 2);

        assertThat(awaiting.defenses()).extracting(CalendarPage.Line::studentId).containsExactly("stu-1");
        assertThat(awaiting.next()).isNull();
        assertThat(first.defenses()).extracting(CalendarPage.Line::studentId).containsExactly("stu-2", "stu-3");
        assertThat(second.defenses()).extracting(CalendarPage.Line::studentId).containsExactly("stu-4");
        assertThat(second.next()).isNull();
    }

    private CalendarPage page(Instant now, Optional<DefenseStatus> only, String after, int limit) {
        KeyValueStore<String, CalendarEntry> store = curriculum.store(DefenseCalendarTopology.CALENDAR_STORE);
        return DefenseCalendarPages.page(store, now, only, after, limit);
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
