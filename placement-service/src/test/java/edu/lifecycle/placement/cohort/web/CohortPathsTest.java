package edu.lifecycle.placement.cohort.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.placement.placement.Programmes;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** How every programme-year read model reads the cohort a path names, before any store is read. */
class CohortPathsTest {

    private final CohortPaths cohorts = new CohortPaths(
            Programmes.catalog(),
            new AcademicCalendar(List.of("2026-2027", "2027-2028"), MonthDay.of(9, 1)),
            new StoreQueries(store -> Optional.empty(), new ThisInstance("localhost", () -> 8080)));

    @Test
    void aProgrammePlacementDoesNotKnowIsNotFound() {
        assertThatThrownBy(() -> cohorts.cohort("M2-XYZ", "2026-2027"))
                .isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
                    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
                    assertThat(refused.getBody().getDetail()).contains("M2-XYZ");
                    assertThat(refused.getBody().getProperties()).containsEntry("rule", "programme-unknown");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026", "2026-2028", "1900-1901", "9999-10000"})
    void aYearThatIsNotTwoConsecutivePlausibleYearsIsABadRequestNamingIt(String year) {
        assertThatThrownBy(() -> cohorts.cohort("M2-ISD", year))
                .isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
                    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(refused.getBody().getProperties().get("errors").toString())
                            .contains("field=year");
                });
    }

    @Test
    void anOpenYearIsAnsweredWithoutLookingForStudents() {
        var cohort = cohorts.cohort("M2-ISI", "2027-2028");

        var answer = cohorts.answer(cohort, () -> org.springframework.http.ResponseEntity.ok("zeros"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
