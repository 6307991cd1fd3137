package edu.lifecycle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The player's payment references: a line owed again after a reimbursement is a new payment; a retry is not. */
class PaymentReferenceTest {

    @Test
    void aLinePaidAgainOnALaterDayIsANewPayment() {
        var first = TuitionSteps.paymentReference("s00045", "L3", LocalDate.of(2026, 11, 15));
        var afterTheSwitch = TuitionSteps.paymentReference("s00045", "L3", LocalDate.of(2027, 1, 15));

        assertThat(afterTheSwitch).isNotEqualTo(first);
    }

    @Test
    void theSamePaymentRetriedOnTheSameDayKeepsItsReference() {
        var day = LocalDate.of(2026, 11, 15);

        assertThat(TuitionSteps.paymentReference("s00045", "L3", day))
                .isEqualTo(TuitionSteps.paymentReference("s00045", "L3", day))
                .isNotEqualTo(TuitionSteps.paymentReference("s00046", "L3", day))
                .isNotEqualTo(TuitionSteps.paymentReference("s00045", "L4", day));
    }
}
