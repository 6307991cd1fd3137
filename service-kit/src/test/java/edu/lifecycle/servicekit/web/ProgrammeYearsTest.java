package edu.lifecycle.servicekit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.ErrorResponseException;

class ProgrammeYearsTest {

    private final AcademicCalendar calendar =
            new AcademicCalendar(List.of("2026-2027", "2027-2028"), MonthDay.of(9, 1));
    private final ProgrammeYears years = new ProgrammeYears(Set.of("M2-ISD")::contains, calendar::isOpen);

    @ParameterizedTest
    @ValueSource(strings = {"1900-1901", "2026-2028", "2026", "9998-9999", "twenty-six"})
    void anImplausibleYearIsBadInputNamingTheField(String year) {
        assertThatThrownBy(() -> years.requireNamed("M2-ISD", year))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.getBody()
                                        .getProperties()
                                        .get("errors")
                                        .toString())
                                .contains("year"));
    }

    @Test
    void anUnknownProgrammeIsNotFoundNamingTheRule() {
        assertThatThrownBy(() -> years.requireNamed("M2-XYZ", "2026-2027"))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(404);
                    assertThat(e.getBody().getProperties()).containsEntry("rule", "programme-unknown");
                });
    }

    @Test
    void aYearThatIsNotOpenAndHoldsNothingIsNotFound() {
        assertThatThrownBy(() -> years.requireReportable("M2-ISD", "2030-2031", () -> false))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(404);
                    assertThat(e.getBody().getProperties()).containsEntry("rule", "academic-year-not-open");
                });
    }

    @Test
    void anOpenYearAnswersEvenEmptyAndAClosedYearStillShowsWhatItHolds() {
        assertThatCode(() -> years.requireReportable("M2-ISD", "2027-2028", () -> {
                    throw new AssertionError("an open year is answered without looking for data");
                }))
                .doesNotThrowAnyException();
        assertThatCode(() -> years.requireReportable("M2-ISD", "2025-2026", () -> true))
                .doesNotThrowAnyException();
    }
}
