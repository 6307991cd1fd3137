package edu.lifecycle.billing.account;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.AccountEvent.PaymentReceived;
import edu.lifecycle.billing.account.AccountEvent.TuitionSettled;
import edu.lifecycle.billing.account.Accounts.Ledger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SettlingTuitionTest {

    private final Ledger ledger = Ledger.opened();

    @Test
    void theTuitionIsSettledTheMomentNothingIsOwed() {
        ledger.accepted(Accounts.payment("ref-1", "1500.00"));
        for (int instalment = 1; instalment < 6; instalment++) {
            assertThat(ledger.accepted(Accounts.payment("ref-i" + instalment, "1375.00")))
                    .hasExactlyElementsOfTypes(PaymentReceived.class);
        }

        var events = ledger.accepted(Accounts.payment("ref-i6", "1375.00"));

        assertThat(events).hasExactlyElementsOfTypes(PaymentReceived.class, TuitionSettled.class);
        assertThat(((TuitionSettled) events.get(1)).totalPaid()).isEqualTo(new BigDecimal("9750.00"));
        assertThat(ledger.account().closing().settled()).isTrue();
    }

    @Test
    void theTuitionIsSettledOnlyOnce() {
        ledger.accepted(Accounts.payment("ref-1", "9750.00"));

        var events = ledger.accepted(Accounts.payment("ref-2", "50.00"));

        assertThat(events).hasExactlyElementsOfTypes(PaymentReceived.class);
        assertThat(ledger.account().credit()).isEqualTo(new BigDecimal("50.00"));
    }
}
