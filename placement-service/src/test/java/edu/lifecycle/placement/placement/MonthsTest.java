package edu.lifecycle.placement.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonthsTest {

    @Test
    void fromTheFirstOfAMonthToTheLastDayOfAnotherIsWholeMonths() {
        assertThat(Months.between(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-08-31")))
                .isEqualByComparingTo("6.00")
                .hasScaleOf(2);
        assertThat(Months.between(LocalDate.parse("2027-02-01"), LocalDate.parse("2027-05-31")))
                .isEqualByComparingTo("4.00");
    }

    @Test
    void wholeMonthsNeedNotStartOnTheFirst() {
        assertThat(Months.between(LocalDate.parse("2027-03-15"), LocalDate.parse("2027-07-14")))
                .isEqualByComparingTo("4.00");
    }

    @Test
    void remainingDaysCountAsAShareOfTheFollowingMonthRoundedHalfUp() {
        // 4 whole months to 30 June, then 15 of July's 31 days: 0.4838… rounds to 0.48.
        assertThat(Months.between(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-07-15")))
                .isEqualByComparingTo("4.48");
        // 16 of 31 days: 0.5161… rounds to 0.52.
        assertThat(Months.between(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-07-16")))
                .isEqualByComparingTo("4.52");
    }

    @Test
    void aStartAtTheEndOfAMonthCountsThePartialMonthFromTheStartDate() {
        // 31 January + 1 month is 28 February; the partial month runs to 31 March (31 days), 30 of them done.
        assertThat(Months.between(LocalDate.parse("2027-01-31"), LocalDate.parse("2027-03-29")))
                .isEqualByComparingTo("1.97");
    }

    @Test
    void aSingleDayIsAShareOfItsMonth() {
        assertThat(Months.between(LocalDate.parse("2027-02-10"), LocalDate.parse("2027-02-10")))
                .isEqualByComparingTo("0.04");
    }

    @Test
    void anEndBeforeTheStartIsNoPeriod() {
        assertThatThrownBy(() -> Months.between(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-02-28")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
