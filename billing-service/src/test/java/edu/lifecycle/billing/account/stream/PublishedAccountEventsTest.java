package edu.lifecycle.billing.account.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.AccountEvent;
import edu.lifecycle.billing.account.Accounts;
import edu.lifecycle.billing.account.Accounts.Ledger;
import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.TrainingScheme;
import edu.lifecycle.events.billing.TuitionSettled;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The read models fold the published events, so every event must come back from Avro exactly as it went. */
class PublishedAccountEventsTest {

    @Test
    void everyAccountEventSurvivesTheRoundTripThroughItsPublicSchema() {
        var events = aLifeOfEveryEvent();

        for (var event : events) {
            var avro = PublishedAccountEvents.toAvro(event, UUID.randomUUID().toString());
            assertThat(PublishedAccountEvents.fromAvro(avro)).contains(event);
        }
        assertThat(events)
                .extracting(event -> event.getClass().getSimpleName())
                .containsExactlyInAnyOrder(
                        "TuitionAccountOpened",
                        "CashPlanChosen",
                        "PaymentReceived",
                        "PaymentReceived",
                        "InstalmentOverdue",
                        "TuitionReimbursed",
                        "EmployerInvoiced",
                        "InstalmentsCancelled",
                        "PaymentReceived",
                        "TuitionSettled",
                        "CreditRefunded");
    }

    @Test
    void amountsArePublishedAsExactDecimalsToTheCent() {
        var avro = (TuitionSettled) PublishedAccountEvents.toAvro(
                new AccountEvent.TuitionSettled("stu-1", Accounts.NOW, new BigDecimal("9262.50")), "event-1");

        assertThat(avro.getTotalPaid()).isEqualTo(new BigDecimal("9262.50"));
        assertThat(avro.getEventId()).isEqualTo("event-1");
    }

    private static List<AccountEvent> aLifeOfEveryEvent() {
        var events = new ArrayList<AccountEvent>();
        var fresh = new Ledger(Accounts.catalog());
        events.addAll(fresh.accepted(Accounts.enrollment(TrainingScheme.INITIAL)));
        events.addAll(fresh.accepted(Accounts.payment("ref-1", "1000.00")));
        events.addAll(fresh.accepted(Accounts.overdueCheck("2026-09-20")));
        events.addAll(fresh.accepted(Accounts.cashPlan()));
        events.addAll(fresh.accepted(Accounts.payment("ref-2", "100.00")));
        events.addAll(fresh.accepted(Accounts.workStudyContract("contract-1")));
        events.addAll(fresh.accepted(Accounts.withdrawal("2026-09-21")));
        events.addAll(fresh.accepted(Accounts.payment("ref-3", "9262.50", Payer.EMPLOYER)));
        events.addAll(fresh.accepted(Accounts.refund("refund-1", "100.00", Payer.EMPLOYER)));
        return events;
    }
}
