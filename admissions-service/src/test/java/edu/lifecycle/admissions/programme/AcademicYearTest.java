package edu.lifecycle.admissions.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcademicYearTest {

    @Test
    void readsTwoConsecutiveYearsAndWritesThemBackTheSame() {
        var year = AcademicYear.parse("2026-2027");

        assertThat(year).contains(new AcademicYear(2026));
        assertThat(year.orElseThrow()).hasToString("2026-2027");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"2026-2026", "2026-2028", "2027-2026", "2026/2027", "2026-27", "0999-1000", "abcd-efgh"})
    void readsNothingElse(String text) {
        assertThat(AcademicYear.parse(text)).isEmpty();
    }

    @Test
    void yearsSortInCalendarOrder() {
        var years = new ArrayList<>(List.of(new AcademicYear(2027), new AcademicYear(2025), new AcademicYear(2026)));

        years.sort(null);

        assertThat(years).extracting(AcademicYear::toString).containsExactly("2025-2026", "2026-2027", "2027-2028");
    }
}
