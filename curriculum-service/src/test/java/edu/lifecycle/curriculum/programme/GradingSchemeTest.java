package edu.lifecycle.curriculum.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingSchemeTest {

    private final GradingScheme french = GradingScheme.french();

    @ParameterizedTest(name = "an average of {0} earns {1}")
    @CsvSource({
        "20.00, TRES_BIEN",
        "16.00, TRES_BIEN",
        "15.99, BIEN",
        "14.00, BIEN",
        "13.99, ASSEZ_BIEN",
        "12.00, ASSEZ_BIEN",
        "11.99, PASSABLE",
        "10.00, PASSABLE"
    })
    void theMentionFollowsTheThresholdsInclusively(String average, Mention mention) {
        assertThat(french.mentionFor(new BigDecimal(average))).contains(mention);
    }

    @Test
    void anAverageBelowTenEarnsNoMention() {
        assertThat(french.mentionFor(new BigDecimal("9.99"))).isEmpty();
    }

    @Test
    void aMarkPassesAtTenAndNotBelow() {
        assertThat(french.passes(new BigDecimal("10.00"))).isTrue();
        assertThat(french.passes(new BigDecimal("9.99"))).isFalse();
    }

    @Test
    void thresholdsThatDoNotDecreaseAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new GradingScheme(
                        BigDecimal.TEN,
                        BigDecimal.valueOf(14),
                        BigDecimal.valueOf(16),
                        BigDecimal.valueOf(12),
                        BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
