package edu.lifecycle.billing.overdue.stream;

import static edu.lifecycle.billing.BillingDriver.SCAN_INTERVAL;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.BillingDriver;
import edu.lifecycle.billing.Enrollments;
import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.Accounts;
import edu.lifecycle.billing.account.LineStatus;
import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.PaymentMethod;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.events.billing.InstalmentOverdue;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.state.StateSerde;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The overdue scan on the command side, beside the account it sends {@code mark-overdue} to: it works with no read
 * model at all, on the same days, once a day per account at most, and what it remembers is committed with the
 * aggregate's task.
 */
class OverdueScanTopologyTest {

    private static final String STUDENT = "stu-1";

    private BillingDriver billing;

    @AfterEach
    void close() {
        billing.close();
    }

    @Test
    void theCommandSideAloneMarksAnInstalmentOverdueTheDayAfterItsGracePeriod() {
        billing = BillingDriver.commandSideOnly(Accounts.catalog());
        enroll(STUDENT);
        pay(STUDENT, "deposit-1", "1500.00");

        // instalment-1 is due 2026-10-15 with 15 days' grace: still on time on the 30th (Paris).
        billing.clock.moveTo(Instant.parse("2026-10-30T21:00:00Z"));
        billing.timePasses(SCAN_INTERVAL);
        assertThat(billing.events(InstalmentOverdue.class)).isEmpty();

        billing.clock.moveTo(Instant.parse("2026-10-30T23:30:00Z"));
        billing.timePasses(SCAN_INTERVAL);

        assertThat(billing.events(InstalmentOverdue.class)).singleElement().satisfies(overdue -> {
            assertThat(overdue.getLineId()).isEqualTo("instalment-1");
            assertThat(overdue.getDueOn()).isEqualTo(LocalDate.parse("2026-10-15"));
        });
        assertThat(billing.account(STUDENT).schedule().lines().get(1).status()).isEqualTo(LineStatus.OVERDUE);
    }

    @Test
    void theScanAsksEachAccountOnceADayWithACommandNamedForTheStudentAndTheDay() {
        billing = new BillingDriver(Accounts.catalog());
        enroll(STUDENT);
        enroll("stu-2");
        pay("stu-2", "ref-2", "2875.00");

        billing.clock.moveTo(Instant.parse("2026-11-02T08:00:00Z"));
        billing.timePasses(SCAN_INTERVAL);
        billing.timePasses(SCAN_INTERVAL);
        billing.timePasses(SCAN_INTERVAL);
        billing.clock.moveTo(Instant.parse("2026-11-03T08:00:00Z"));
        billing.timePasses(SCAN_INTERVAL);

        assertThat(markOverdueCommands())
                .extracting(CommandEnvelope::commandId, CommandEnvelope::aggregateKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mark-overdue:stu-1:2026-11-02", STUDENT));
        assertThat(billing.events(InstalmentOverdue.class))
                .extracting(InstalmentOverdue::getLineId)
                .containsExactly("deposit", "instalment-1");

        // instalment-2, due 2026-11-15, is overdue from 1 December: a new day, a new command to each account.
        billing.clock.moveTo(Instant.parse("2026-12-01T08:00:00Z"));
        billing.timePasses(SCAN_INTERVAL);
        billing.timePasses(SCAN_INTERVAL);

        assertThat(markOverdueCommands())
                .extracting(CommandEnvelope::commandId)
                .containsExactlyInAnyOrder(
                        "mark-overdue:stu-1:2026-11-02",
                        "mark-overdue:stu-1:2026-12-01",
                        "mark-overdue:stu-2:2026-12-01");
        assertThat(billing.events(InstalmentOverdue.class))
                .filteredOn(overdue -> overdue.getStudentId().equals("stu-2"))
                .extracting(InstalmentOverdue::getLineId)
                .containsExactly("instalment-2");
    }

    @Test
    void theDayAnAccountWasAskedIsLoggedByTheCommandSideSoARestartDoesNotAskAgain() {
        billing = BillingDriver.commandSideOnly(Accounts.catalog());
        enroll(STUDENT);

        billing.clock.moveTo(Instant.parse("2026-11-02T08:00:00Z"));
        billing.timePasses(SCAN_INTERVAL);

        assertThat(billing.overdueScanAsked(STUDENT)).isEqualTo(LocalDate.parse("2026-11-02"));
        // The changelog a restarted task restores the store from, written in the task that sent the command.
        assertThat(billing.rawRecords("billing-" + OverdueScanTopology.ASKED_STORE + "-changelog"))
                .singleElement()
                .satisfies(asked -> {
                    assertThat(new String(asked.key(), StandardCharsets.UTF_8)).isEqualTo(STUDENT);
                    assertThat(StateSerde.isBinary(asked.value())).isTrue();
                    assertThat(AskedDay.serde().deserializer().deserialize("changelog", asked.value()))
                            .isEqualTo(LocalDate.parse("2026-11-02"));
                });
    }

    @Test
    void theDaysTheEarlierReleaseStoredAsJsonAreReadAfterTheUpgrade() {
        billing = BillingDriver.commandSideOnly(Accounts.catalog());
        enroll(STUDENT);
        billing.clock.moveTo(Instant.parse("2026-11-02T08:00:00Z"));
        billing.timePasses(SCAN_INTERVAL);

        // The store as the releases before ADR 16 left it: the bare date as JSON text, read as that day.
        billing.rewriteAsJson(OverdueScanTopology.ASKED_STORE, LocalDate.class);
        assertThat(billing.overdueScanAsked(STUDENT)).isEqualTo(LocalDate.parse("2026-11-02"));
        billing.timePasses(SCAN_INTERVAL);
        // instalment-2, due 2026-11-15, is overdue from 1 December: the scan goes on from the stored JSON.
        billing.clock.moveTo(Instant.parse("2026-12-01T08:00:00Z"));
        billing.timePasses(SCAN_INTERVAL);

        assertThat(markOverdueCommands())
                .extracting(CommandEnvelope::commandId)
                .containsExactly("mark-overdue:stu-1:2026-11-02", "mark-overdue:stu-1:2026-12-01");
        assertThat(billing.overdueScanAsked(STUDENT)).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(billing.rawRecords("billing-" + OverdueScanTopology.ASKED_STORE + "-changelog"))
                .last()
                .satisfies(
                        asked -> assertThat(StateSerde.isBinary(asked.value())).isTrue());
    }

    private List<CommandEnvelope> markOverdueCommands() {
        return billing.commandsSent().stream()
                .filter(command -> command.type().equals("mark-overdue"))
                .toList();
    }

    private void enroll(String student) {
        billing.admissions(student, Enrollments.enrolled(student, TrainingScheme.INITIAL, BillingDriver.START));
    }

    private void pay(String student, String reference, String amount) {
        billing.send(meta -> new AccountCommand.RecordPayment(
                meta.commandId(),
                student,
                meta.issuedAt(),
                reference,
                new BigDecimal(amount),
                PaymentMethod.TRANSFER,
                Payer.STUDENT,
                BillingDriver.START));
    }
}
