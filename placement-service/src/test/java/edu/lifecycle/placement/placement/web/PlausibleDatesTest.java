package edu.lifecycle.placement.placement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class PlausibleDatesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");

    @Test
    void yearsZeroAndNineThousandNineHundredNinetyNineAreRefusedNamingEachField() {
        var check = PlausibleDates.asOf(TODAY)
                .period("startOn", LocalDate.parse("0000-01-01"), "endOn", LocalDate.parse("9999-12-31"));

        assertThatThrownBy(check::require).isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(fields(refused)).contains("field=startOn").contains("field=endOn");
        });
    }

    @Test
    void aPlacementEndsAfterItStarts() {
        var sameDay = PlausibleDates.asOf(TODAY)
                .period("startOn", LocalDate.parse("2027-03-01"), "endOn", LocalDate.parse("2027-03-01"));

        assertThatThrownBy(sameDay::require)
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        refused -> assertThat(fields(refused))
                                .contains("field=endOn")
                                .doesNotContain("field=startOn"));
    }

    @Test
    void datesWithinFiveYearsOfTodayPass() {
        assertThatCode(() -> PlausibleDates.asOf(TODAY)
                        .period("startOn", TODAY.minusYears(5), "endOn", TODAY.plusYears(5))
                        .day("endedOn", TODAY)
                        .require())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PlausibleDates.asOf(TODAY)
                        .day("endedOn", TODAY.plusYears(5).plusDays(1))
                        .require())
                .isInstanceOf(ErrorResponseException.class);
    }

    private static String fields(ErrorResponseException refused) {
        return ((List<?>) refused.getBody().getProperties().get("errors")).toString();
    }
}
