package edu.lifecycle.placement.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void aShareIsAPercentageWithTwoPlacesRoundedHalfUp() {
        assertThat(Shares.percent(2, 3)).isEqualByComparingTo("66.67").hasScaleOf(2);
        assertThat(Shares.percent(1, 8)).isEqualByComparingTo("12.50");
        assertThat(Shares.percent(1, 1)).isEqualByComparingTo("100.00");
    }

    @Test
    void aShareOfNobodyIsZero() {
        assertThat(Shares.percent(0, 0)).isEqualByComparingTo("0.00").hasScaleOf(2);
    }
}
