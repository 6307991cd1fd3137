package edu.lifecycle.placement.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperienceTest {

    private static final BigDecimal SIX = new BigDecimal("6");

    @Test
    void validatedMonthsAddUpAcrossPlacements() {
        var experience = Experience.of(List.of(new BigDecimal("4.00"), new BigDecimal("1.48")), SIX);

        assertThat(experience.validatedMonths()).isEqualByComparingTo("5.48");
        assertThat(experience.met()).isFalse();
        assertThat(experience.monthsMissing()).isEqualByComparingTo("0.52");
    }

    @Test
    void theRequirementIsMetExactlyWhenTheSumReachesIt() {
        assertThat(Experience.of(List.of(new BigDecimal("5.99")), SIX).met()).isFalse();
        assertThat(Experience.of(List.of(new BigDecimal("4.00"), new BigDecimal("2.00")), SIX)
                        .met())
                .isTrue();
    }

    @Test
    void nothingIsMissingOnceTheRequirementIsMetEvenWithMoreThanRequired() {
        var experience = Experience.of(List.of(new BigDecimal("4.00"), new BigDecimal("3.00")), SIX);

        assertThat(experience.monthsMissing()).isEqualByComparingTo("0.00");
        assertThat(experience.monthsMissing().scale()).isEqualTo(2);
    }

    @Test
    void noValidatedPlacementIsTheWholeRequirementMissing() {
        var experience = Experience.of(List.of(), SIX);

        assertThat(experience.validatedMonths()).isEqualByComparingTo("0.00");
        assertThat(experience.monthsMissing()).isEqualByComparingTo("6.00");
    }
}
