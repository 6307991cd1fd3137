package edu.lifecycle.billing.account.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.AccountDecider;
import edu.lifecycle.billing.account.Accounts;
import edu.lifecycle.billing.account.Funding;
import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.Tuition;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/**
 * The stores keep the account flat, as the release before the account was narrowed into parts wrote it: a store (and
 * its changelog) written as JSON by those releases is read after the upgrade into the same account, the flat form maps
 * field for field to that JSON, and this release writes it in binary (ADR 16), read back the same.
 */
class StoredAccountTest {

    /** The aggregate's state of {@link Accounts#onTheCashPlanSettledAndRefunded()}, as the release 8bee16d stored it. */
    private static final String ON_THE_CASH_PLAN = """
            {"studentId":"stu-1",\
            "programme":"M2-ISD",\
            "academicYear":"2026-2027",\
            "fee":9750.00,\
            "discount":487.50,\
            "payer":"STUDENT",\
            "employer":null,\
            "employerSince":null,\
            "registeredOn":"2026-09-01",\
            "lines":[{"lineId":"deposit","kind":"DEPOSIT","sequence":0,"amount":1500.00,\
            "dueOn":"2026-09-01","paidByStudent":1500.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":false},\
            {"lineId":"instalment-1","kind":"INSTALMENT","sequence":1,"amount":1375.00,\
            "dueOn":"2026-10-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":true},\
            {"lineId":"instalment-2","kind":"INSTALMENT","sequence":2,"amount":1375.00,\
            "dueOn":"2026-11-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":true},\
            {"lineId":"instalment-3","kind":"INSTALMENT","sequence":3,"amount":1375.00,\
            "dueOn":"2026-12-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":true},\
            {"lineId":"instalment-4","kind":"INSTALMENT","sequence":4,"amount":1375.00,\
            "dueOn":"2027-01-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":true},\
            {"lineId":"instalment-5","kind":"INSTALMENT","sequence":5,"amount":1375.00,\
            "dueOn":"2027-02-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":true},\
            {"lineId":"instalment-6","kind":"INSTALMENT","sequence":6,"amount":1375.00,\
            "dueOn":"2027-03-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":true},\
            {"lineId":"cash","kind":"CASH","sequence":7,"amount":7762.50,"dueOn":"2026-09-01",\
            "paidByStudent":7762.50,"paidByEmployer":0.00,"overdue":false,"fellDueOn":null,\
            "cancelled":false,"replaced":false}],\
            "payments":[{"reference":"ref-1","amount":1500.00,"method":"TRANSFER","payer":"STUDENT",\
            "receivedAt":"2026-09-01T08:00:00Z","allocations":[{"lineId":"deposit",\
            "amount":1500.00}],"credit":0.00},\
            {"reference":"ref-2","amount":8000.00,"method":"TRANSFER","payer":"STUDENT",\
            "receivedAt":"2026-09-02T08:00:00Z","allocations":[{"lineId":"cash","amount":7762.50}],\
            "credit":237.50}],\
            "refunds":[{"reference":"ref-r1","amount":200.00,"payee":"STUDENT","refundedAt":"2026-09-01T08:00:00Z"}],\
            "reimbursed":0.00,\
            "employerInvoiced":0.00,\
            "withdrawn":false,\
            "settled":true}""";

    /** The aggregate's state of {@link Accounts#workStudyOverdueAndWithdrawn()}, as the release 8bee16d stored it. */
    private static final String WORK_STUDY = """
            {"studentId":"stu-1",\
            "programme":"M2-ISD",\
            "academicYear":"2026-2027",\
            "fee":9750.00,\
            "discount":0.00,\
            "payer":"EMPLOYER",\
            "employer":"Thales",\
            "employerSince":"2026-11-02T09:00:00Z",\
            "registeredOn":"2026-09-01",\
            "lines":[{"lineId":"deposit","kind":"DEPOSIT","sequence":0,"amount":1500.00,\
            "dueOn":"2026-09-01","paidByStudent":0.00,"paidByEmployer":1500.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":false},\
            {"lineId":"instalment-1","kind":"INSTALMENT","sequence":1,"amount":1375.00,\
            "dueOn":"2026-10-15","paidByStudent":0.00,"paidByEmployer":500.00,"overdue":true,\
            "fellDueOn":"2026-11-02","cancelled":false,"replaced":false},\
            {"lineId":"instalment-2","kind":"INSTALMENT","sequence":2,"amount":1375.00,\
            "dueOn":"2026-11-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":true,\
            "fellDueOn":"2026-11-15","cancelled":false,"replaced":false},\
            {"lineId":"instalment-3","kind":"INSTALMENT","sequence":3,"amount":1375.00,\
            "dueOn":"2026-12-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":true,\
            "fellDueOn":"2026-12-15","cancelled":false,"replaced":false},\
            {"lineId":"instalment-4","kind":"INSTALMENT","sequence":4,"amount":1375.00,\
            "dueOn":"2027-01-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":true,"replaced":false},\
            {"lineId":"instalment-5","kind":"INSTALMENT","sequence":5,"amount":1375.00,\
            "dueOn":"2027-02-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":true,"replaced":false},\
            {"lineId":"instalment-6","kind":"INSTALMENT","sequence":6,"amount":1375.00,\
            "dueOn":"2027-03-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":true,"replaced":false}],\
            "payments":[{"reference":"ref-1","amount":1500.00,"method":"TRANSFER","payer":"STUDENT",\
            "receivedAt":"2026-09-01T08:00:00Z","allocations":[{"lineId":"deposit",\
            "amount":1500.00}],"credit":0.00},\
            {"reference":"ref-e1","amount":2000.00,"method":"TRANSFER","payer":"EMPLOYER",\
            "receivedAt":"2026-11-20T09:00:00Z","allocations":[{"lineId":"deposit",\
            "amount":1500.00},\
            {"lineId":"instalment-1","amount":500.00}],"credit":0.00}],\
            "refunds":[],\
            "reimbursed":1500.00,\
            "employerInvoiced":9750.00,\
            "withdrawn":true,\
            "settled":false}""";

    /** A ledger entry of {@link Accounts#onTheCashPlanSettledAndRefunded()}, as the release 8bee16d stored it. */
    private static final String LEDGER_ENTRY = """
            {"account":{"studentId":"stu-1",\
            "programme":"M2-ISD",\
            "academicYear":"2026-2027",\
            "fee":9750.00,\
            "discount":487.50,\
            "payer":"STUDENT",\
            "employer":null,\
            "employerSince":null,\
            "registeredOn":"2026-09-01",\
            "lines":[{"lineId":"deposit","kind":"DEPOSIT","sequence":0,"amount":1500.00,\
            "dueOn":"2026-09-01","paidByStudent":1500.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":false},\
            {"lineId":"instalment-1","kind":"INSTALMENT","sequence":1,"amount":1375.00,\
            "dueOn":"2026-10-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":true},\
            {"lineId":"instalment-2","kind":"INSTALMENT","sequence":2,"amount":1375.00,\
            "dueOn":"2026-11-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":true},\
            {"lineId":"instalment-3","kind":"INSTALMENT","sequence":3,"amount":1375.00,\
            "dueOn":"2026-12-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":true},\
            {"lineId":"instalment-4","kind":"INSTALMENT","sequence":4,"amount":1375.00,\
            "dueOn":"2027-01-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":true},\
            {"lineId":"instalment-5","kind":"INSTALMENT","sequence":5,"amount":1375.00,\
            "dueOn":"2027-02-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":true},\
            {"lineId":"instalment-6","kind":"INSTALMENT","sequence":6,"amount":1375.00,\
            "dueOn":"2027-03-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":true},\
            {"lineId":"cash","kind":"CASH","sequence":7,"amount":7762.50,"dueOn":"2026-09-01",\
            "paidByStudent":7762.50,"paidByEmployer":0.00,"overdue":false,"fellDueOn":null,\
            "cancelled":false,"replaced":false}],\
            "payments":[{"reference":"ref-1","amount":1500.00,"method":"TRANSFER","payer":"STUDENT",\
            "receivedAt":"2026-09-01T08:00:00Z","allocations":[{"lineId":"deposit",\
            "amount":1500.00}],"credit":0.00},\
            {"reference":"ref-2","amount":8000.00,"method":"TRANSFER","payer":"STUDENT",\
            "receivedAt":"2026-09-02T08:00:00Z","allocations":[{"lineId":"cash","amount":7762.50}],\
            "credit":237.50}],\
            "refunds":[{"reference":"ref-r1","amount":200.00,"payee":"STUDENT","refundedAt":"2026-09-01T08:00:00Z"}],\
            "reimbursed":0.00,\
            "employerInvoiced":0.00,\
            "withdrawn":false,\
            "settled":true},\
            "foldedEventIds":["e-1",\
            "e-2"]}""";

    /** {@link #WORK_STUDY} as stored before refunds existed: without the field. */
    private static final String BEFORE_REFUNDS = """
            {"studentId":"stu-1",\
            "programme":"M2-ISD",\
            "academicYear":"2026-2027",\
            "fee":9750.00,\
            "discount":0.00,\
            "payer":"EMPLOYER",\
            "employer":"Thales",\
            "employerSince":"2026-11-02T09:00:00Z",\
            "registeredOn":"2026-09-01",\
            "lines":[{"lineId":"deposit","kind":"DEPOSIT","sequence":0,"amount":1500.00,\
            "dueOn":"2026-09-01","paidByStudent":0.00,"paidByEmployer":1500.00,"overdue":false,\
            "fellDueOn":null,"cancelled":false,"replaced":false},\
            {"lineId":"instalment-1","kind":"INSTALMENT","sequence":1,"amount":1375.00,\
            "dueOn":"2026-10-15","paidByStudent":0.00,"paidByEmployer":500.00,"overdue":true,\
            "fellDueOn":"2026-11-02","cancelled":false,"replaced":false},\
            {"lineId":"instalment-2","kind":"INSTALMENT","sequence":2,"amount":1375.00,\
            "dueOn":"2026-11-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":true,\
            "fellDueOn":"2026-11-15","cancelled":false,"replaced":false},\
            {"lineId":"instalment-3","kind":"INSTALMENT","sequence":3,"amount":1375.00,\
            "dueOn":"2026-12-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":true,\
            "fellDueOn":"2026-12-15","cancelled":false,"replaced":false},\
            {"lineId":"instalment-4","kind":"INSTALMENT","sequence":4,"amount":1375.00,\
            "dueOn":"2027-01-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":true,"replaced":false},\
            {"lineId":"instalment-5","kind":"INSTALMENT","sequence":5,"amount":1375.00,\
            "dueOn":"2027-02-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":true,"replaced":false},\
            {"lineId":"instalment-6","kind":"INSTALMENT","sequence":6,"amount":1375.00,\
            "dueOn":"2027-03-15","paidByStudent":0.00,"paidByEmployer":0.00,"overdue":false,\
            "fellDueOn":null,"cancelled":true,"replaced":false}],\
            "payments":[{"reference":"ref-1","amount":1500.00,"method":"TRANSFER","payer":"STUDENT",\
            "receivedAt":"2026-09-01T08:00:00Z","allocations":[{"lineId":"deposit",\
            "amount":1500.00}],"credit":0.00},\
            {"reference":"ref-e1","amount":2000.00,"method":"TRANSFER","payer":"EMPLOYER",\
            "receivedAt":"2026-11-20T09:00:00Z","allocations":[{"lineId":"deposit",\
            "amount":1500.00},\
            {"lineId":"instalment-1","amount":500.00}],"credit":0.00}],\
            "reimbursed":1500.00,\
            "employerInvoiced":9750.00,\
            "withdrawn":true,\
            "settled":false}""";

    private final Serde<Account> state = AccountAggregate.of(
                    new AccountDecider(Accounts.catalog()),
                    new BillingTopics(
                            TopicNames.unprefixed(),
                            CommandTopics.forService(TopicNames.unprefixed(), "billing"),
                            new AvroSerdes("mock://stored-account")))
            .stateSerde();
    private final Serde<LedgerEntry> ledger = AccountStores.ledgerEntries();

    @Test
    void anAccountOnTheCashPlanStoredByThePreviousReleaseIsReadIntoItsParts() {
        var account = read(ON_THE_CASH_PLAN);

        assertThat(account).isEqualTo(Accounts.onTheCashPlanSettledAndRefunded());
        assertThat(account.tuition())
                .isEqualTo(new Tuition(
                        "M2-ISD",
                        "2026-2027",
                        LocalDate.parse("2026-09-01"),
                        new BigDecimal("9750.00"),
                        new BigDecimal("487.50")));
        assertThat(account.funding()).isEqualTo(new Funding(Payer.STUDENT, null, null, new BigDecimal("0.00")));
        assertThat(account.movements().refunds())
                .singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualTo(new BigDecimal("200.00")));
        assertThat(account.closing().settled()).isTrue();
        assertThat(account.closing().withdrawn()).isFalse();
    }

    @Test
    void aWorkStudyAccountStoredByThePreviousReleaseIsReadIntoItsParts() {
        var account = read(WORK_STUDY);

        assertThat(account).isEqualTo(Accounts.workStudyOverdueAndWithdrawn());
        assertThat(account.funding())
                .isEqualTo(new Funding(
                        Payer.EMPLOYER, "Thales", Instant.parse("2026-11-02T09:00:00Z"), new BigDecimal("9750.00")));
        assertThat(account.movements().reimbursed()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(account.tuition().discount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(account.closing().withdrawn()).isTrue();
        assertThat(account.closing().settled()).isFalse();
    }

    @Test
    void anAccountsFlatFormIsByteForByteTheJsonThePreviousReleaseStored() {
        assertThat(json(Accounts.onTheCashPlanSettledAndRefunded())).isEqualTo(ON_THE_CASH_PLAN);
        assertThat(json(Accounts.workStudyOverdueAndWithdrawn())).isEqualTo(WORK_STUDY);
    }

    @Test
    void anAccountReadFromJsonIsStoredInBinaryAndReadBackTheSame() {
        for (var stored : List.of(ON_THE_CASH_PLAN, WORK_STUDY, BEFORE_REFUNDS)) {
            var account = read(stored);
            var written = state.serializer().serialize("changelog", account);

            assertThat(written[0]).isNotEqualTo((byte) '{');
            assertThat(written.length).isLessThan(stored.length() / 2);
            assertThat(state.deserializer().deserialize("changelog", written)).isEqualTo(account);
        }
    }

    @Test
    void aLedgerEntryStoredByThePreviousReleaseIsReadAndWrittenBackTheSame() {
        var entry = ledger.deserializer().deserialize("changelog", LEDGER_ENTRY.getBytes(StandardCharsets.UTF_8));

        assertThat(entry).isEqualTo(new LedgerEntry(Accounts.onTheCashPlanSettledAndRefunded(), List.of("e-1", "e-2")));
        assertThat(new String(
                        JsonSerde.of(AccountStores.StoredEntry.class)
                                .serialize("changelog", AccountStores.StoredEntry.of(entry)),
                        StandardCharsets.UTF_8))
                .isEqualTo(LEDGER_ENTRY);
        assertThat(ledger.deserializer()
                        .deserialize("changelog", ledger.serializer().serialize("changelog", entry)))
                .isEqualTo(entry);
    }

    @Test
    void anAccountStoredBeforeRefundsExistedHasNone() {
        assertThat(read(BEFORE_REFUNDS).movements())
                .isEqualTo(Accounts.workStudyOverdueAndWithdrawn().movements());
        assertThat(read(BEFORE_REFUNDS).movements().refunds()).isEmpty();
    }

    @Test
    void noAccountIsStoredAsNothing() {
        assertThat(state.serializer().serialize("changelog", null)).isNull();
        assertThat(state.deserializer().deserialize("changelog", null)).isNull();
    }

    private Account read(String json) {
        return state.deserializer().deserialize("changelog", json.getBytes(StandardCharsets.UTF_8));
    }

    /** The account's flat form as the releases before ADR 16 stored it. */
    private static String json(Account account) {
        return new String(
                JsonSerde.of(StoredAccount.class).serialize("changelog", StoredAccount.of(account)),
                StandardCharsets.UTF_8);
    }
}
