package edu.lifecycle.placement.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CohortTest {

    @Test
    void aProgrammeYearIsKeyedByProgrammeAndYear() {
        assertThat(Cohort.parse("M2-ISD", "2026-2027"))
                .hasValueSatisfying(cohort -> assertThat(cohort.key()).isEqualTo("M2-ISD/2026-2027"));
    }

    @Test
    void aYearMustBeTwoConsecutiveYears() {
        assertThat(Cohort.parse("M2-ISD", "2026")).isEmpty();
        assertThat(Cohort.parse("M2-ISD", "2026-2028")).isEmpty();
        assertThat(Cohort.parse("M2-ISD", "twenty-six")).isEmpty();
        assertThat(Cohort.parse(" ", "2026-2027")).isEmpty();
    }
}
