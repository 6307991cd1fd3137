package edu.lifecycle.billing;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.Accounts;
import edu.lifecycle.schemas.EventCatalog;
import edu.lifecycle.servicekit.testing.WellFormedEvents;
import edu.lifecycle.servicekit.testing.WellFormedEvents.Source;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Any event its schema allows, on any topic billing reads, is decided on (accepted or refused by a rule) or ignored;
 * the only one set aside is an event carrying an instant no store keeps, refused as it is read. A dead letter is for
 * what the services cannot hold, never for an odd value.
 */
class WellFormedEventsTest {

    @Test
    void noEventItsSchemaAllowsFailsInBilling() {
        var events = WellFormedEvents.seeded(
                18, List.of("stu-1", "stu-2", "M2-ISD", Accounts.YEAR, "2027-2028", "pay-1", "contract-1"));
        try (var billing = new BillingDriver(Accounts.catalogByRule())) {
            events.play(
                    2_000,
                    List.of(
                            new Source(EventCatalog.ADMISSIONS_EVENTS.recordTypes(), billing::admissions),
                            new Source(EventCatalog.PLACEMENT_EVENTS.recordTypes(), billing::placement),
                            new Source(EventCatalog.BILLING_EVENTS.recordTypes(), billing::redeliver)),
                    () -> billing.timePasses(Duration.ofDays(10)));

            assertThat(billing.deadLetterReasons())
                    .allMatch(reason -> reason.contains(AvroSerdes.UNSTORABLE_INSTANT), "refused for its time");
        }
    }
}
