package edu.lifecycle.servicekit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcademicCalendarTest {

    private final AcademicCalendar calendar =
            new AcademicCalendar(List.of("2026-2027", "2027-2028"), MonthDay.of(9, 1));

    @Test
    void aYearIsOpenOnlyWhenListed() {
        assertThat(calendar.isOpen("2027-2028")).isTrue();
        assertThat(calendar.isOpen("2028-2029")).isFalse();
        assertThat(calendar.isOpen("2026-2028")).isFalse();
    }

    @Test
    void aYearRunsFromItsStartDayToTheDayBeforeTheNext() {
        assertThat(calendar.startOf("2026-2027")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(calendar.endOf("2026-2027")).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void onlyWellWrittenPlausibleYearsAreAcademicYears() {
        assertThat(AcademicCalendar.startYearOf("2026-2027")).contains(2026);
        assertThat(AcademicCalendar.startYearOf("1900-1901")).isEmpty();
        assertThat(AcademicCalendar.startYearOf("9998-9999")).isEmpty();
        assertThat(AcademicCalendar.startYearOf("2026-2026")).isEmpty();
        assertThat(AcademicCalendar.startYearOf("2026/2027")).isEmpty();
        assertThat(AcademicCalendar.startYearOf(null)).isEmpty();
    }

    @Test
    void namesTheOpenYearsAServiceDoesNotCover() {
        assertThat(calendar.missingFrom(Set.of("2026-2027"))).containsExactly("2027-2028");
        assertThat(calendar.missingFrom(Set.of("2026-2027", "2027-2028"))).isEmpty();
    }

    @Test
    void refusesAnOpenYearThatIsNotAnAcademicYear() {
        assertThatThrownBy(() -> new AcademicCalendar(List.of("2026-27"), MonthDay.of(9, 1)))
                .hasMessageContaining("lifecycle.calendar.open-years")
                .hasMessageContaining("2026-27");
        assertThatThrownBy(() -> new AcademicCalendar(List.of(), MonthDay.of(9, 1)))
                .hasMessageContaining("at least one");
    }
}
