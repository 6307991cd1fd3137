package edu.lifecycle.servicekit.stream;

import static edu.lifecycle.servicekit.ledger.LedgerFixtures.amount;
import static edu.lifecycle.servicekit.ledger.LedgerFixtures.opening;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.decision.Rejection;
import edu.lifecycle.servicekit.decision.RejectionKind;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.ledger.LedgerDriver;
import edu.lifecycle.servicekit.ledger.account.Account;
import edu.lifecycle.servicekit.ledger.stream.AccountAggregate;
import edu.lifecycle.servicekit.ledger.stream.LedgerEntry;
import edu.lifecycle.servicekit.ledger.tally.BandTally;
import edu.lifecycle.servicekit.state.StateSerde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DecideTopologyTest {

    private final LedgerDriver ledger = new LedgerDriver();

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void acceptedCommandStoresStatePublishesEventsAndEmitsOutcomeWithView() {
        ledger.send("c1", "acc-1", "open-account", opening("acc-1", "Ada"));
        CommandOutcome outcome = ledger.send("c2", "acc-1", "deposit", amount(40));

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(outcome.aggregateKey()).isEqualTo("acc-1");
        assertThat(outcome.view().get("balance").asLong()).isEqualTo(40);
        assertThat(outcome.view().get("owner").asString()).isEqualTo("Ada");
        assertThat(outcome.decidedAt()).isEqualTo(LedgerDriver.START);
        assertThat(ledger.accounts().get("acc-1")).isEqualTo(new Account("acc-1", "Ada", 40, true));
        assertThat(ledger.entries.readValuesToList())
                .containsExactly(new LedgerEntry("acc-1", "opened", 0), new LedgerEntry("acc-1", "deposited", 40));
    }

    @Test
    void rejectedCommandEmitsRejectionAndChangesNothing() {
        ledger.send("c1", "acc-1", "open-account", opening("acc-1", "Ada"));
        ledger.entries.readValuesToList();

        CommandOutcome outcome = ledger.send("c2", "acc-1", "withdraw", amount(50));

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.REJECTED);
        assertThat(outcome.rejection().rule()).isEqualTo("balance-must-cover-withdrawal");
        assertThat(outcome.rejection().kind()).isEqualTo(RejectionKind.RULE_BROKEN);
        assertThat(outcome.view()).isNull();
        assertThat(ledger.entries.isEmpty()).isTrue();
        assertThat(ledger.accounts().get("acc-1").balance()).isZero();
    }

    @Test
    void conflictAndNotFoundAreRejectionsOfTheirKind() {
        ledger.send("c1", "acc-1", "open-account", opening("acc-1", "Ada"));

        assertThat(ledger.send("c2", "acc-1", "open-account", opening("acc-1", "Bob"))
                        .rejection())
                .isEqualTo(new Rejection(
                        "account-already-open", RejectionKind.CONFLICT, "Account acc-1 is already open."));
        assertThat(ledger.send("c3", "acc-2", "deposit", amount(1)).rejection().kind())
                .isEqualTo(RejectionKind.NOT_FOUND);
    }

    @Test
    void repeatedCommandIdHasOneEffectAndReEmitsTheFirstOutcome() {
        ledger.send("c1", "acc-1", "open-account", opening("acc-1", "Ada"));
        ledger.entries.readValuesToList();

        CommandOutcome first = ledger.send("deposit-once", "acc-1", "deposit", amount(40));
        CommandOutcome repeated = ledger.send("deposit-once", "acc-1", "deposit", amount(40));

        assertThat(repeated).isEqualTo(first);
        assertThat(ledger.accounts().get("acc-1").balance()).isEqualTo(40);
        assertThat(ledger.entries.readValuesToList()).containsExactly(new LedgerEntry("acc-1", "deposited", 40));
    }

    @Test
    void anOutcomeTheEarlierReleaseStoredAsJsonStillAnswersARepeatedCommand() {
        ledger.send("c1", "acc-1", "open-account", opening("acc-1", "Ada"));
        CommandOutcome first = ledger.send("deposit-once", "acc-1", "deposit", amount(40));
        ledger.entries.readValuesToList();
        var store = Aggregate.processedCommandsStoreOf(AccountAggregate.NAME);
        assertThat(StateSerde.isBinary(ledger.storedBytes(store, "deposit-once")))
                .isTrue();
        // What the releases before ADR 16 left in the store: the outcome's JSON.
        ledger.putStoredBytes(
                store, "deposit-once", JsonSerde.of(CommandOutcome.class).serialize(store, first));

        CommandOutcome repeated = ledger.send("deposit-once", "acc-1", "deposit", amount(40));

        assertThat(repeated).isEqualTo(first);
        assertThat(ledger.accounts().get("acc-1").balance()).isEqualTo(40);
        assertThat(ledger.entries.isEmpty()).isTrue();
        assertThat(ledger.send("deposit-twice", "acc-1", "deposit", amount(2)).status())
                .isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(StateSerde.isBinary(ledger.storedBytes(store, "deposit-twice")))
                .isTrue();
    }

    @Test
    void publishedCommandFeedsAnotherAggregateKeyedByItsOwnKey() {
        ledger.send("c1", "acc-1", "open-account", opening("acc-1", "Ada"));
        ledger.send("c2", "acc-1", "deposit", amount(40));
        ledger.send("c3", "acc-1", "deposit", amount(250));
        ledger.send("c4", "acc-1", "deposit", amount(10));

        assertThat(ledger.tallies().get("small")).isEqualTo(new BandTally("small", 2, 50));
        assertThat(ledger.tallies().get("large")).isEqualTo(new BandTally("large", 1, 250));
        assertThat(ledger.lastOutcomeOf("tally:c3").status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
    }
}
