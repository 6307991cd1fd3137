package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.servicekit.state.StateSerde;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * How the stores holding accounts encode them: as the flat {@link StoredAccount}, mapped to and from the domain's
 * narrowed {@link Account} here, so the stored form (binary since ADR 16, JSON before) does not follow the shape of the domain's records.
 */
final class AccountStores {

    private AccountStores() {}

    /** The aggregate's state: one account per student. */
    static Serde<Account> accounts() {
        return storedAs(StoredAccount.class, StoredAccount::of, StoredAccount::toAccount);
    }

    /** The ledger's entries: the account folded from the published events, and the ids of the events folded. */
    static Serde<LedgerEntry> ledgerEntries() {
        return storedAs(StoredEntry.class, StoredEntry::of, StoredEntry::toEntry);
    }

    /** Values of type {@code T} written and read as their stored form {@code S}; nothing stays nothing. */
    private static <T, S> Serde<T> storedAs(Class<S> storedForm, Function<T, S> toStored, Function<S, T> fromStored) {
        var stored = StateSerde.of(storedForm);
        return Serdes.serdeFrom(
                (topic, value) -> stored.serialize(topic, value == null ? null : toStored.apply(value)),
                (topic, bytes) -> {
                    var read = stored.deserialize(topic, bytes);
                    return read == null ? null : fromStored.apply(read);
                });
    }

    /** A {@link LedgerEntry} as stored, its account flat. */
    record StoredEntry(StoredAccount account, List<String> foldedEventIds) {

        static StoredEntry of(LedgerEntry entry) {
            return new StoredEntry(StoredAccount.of(entry.account()), entry.foldedEventIds());
        }

        LedgerEntry toEntry() {
            return new LedgerEntry(account.toAccount(), foldedEventIds);
        }
    }
}
