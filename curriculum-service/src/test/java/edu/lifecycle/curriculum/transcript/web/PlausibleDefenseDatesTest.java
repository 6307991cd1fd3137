package edu.lifecycle.curriculum.transcript.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class PlausibleDefenseDatesTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @ParameterizedTest
    @ValueSource(
            strings = {"0000-06-25T09:00:00Z", "9999-06-25T09:00:00Z", "2207-06-25T09:00:00Z", "2025-06-25T09:00:00Z"})
    void aDefenseDateNoOneCouldMeanIsABadRequestNamingDefenseAt(String defenseAt) {
        assertThatThrownBy(() -> PlausibleDefenseDates.require(Instant.parse(defenseAt), NOW))
                .isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
                    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    var errors = (List<?>) refused.getBody().getProperties().get("errors");
                    assertThat(errors.toString()).contains("field=defenseAt");
                });
    }

    @Test
    void withinAYearBeforeAndTwoYearsAfterTodayTheDomainDecides() {
        for (Instant defenseAt : List.of(
                NOW.plus(Duration.ofDays(100)), NOW.plus(Duration.ofDays(700)), NOW.minus(Duration.ofDays(30)))) {
            assertThatCode(() -> PlausibleDefenseDates.require(defenseAt, NOW)).doesNotThrowAnyException();
        }
    }
}
