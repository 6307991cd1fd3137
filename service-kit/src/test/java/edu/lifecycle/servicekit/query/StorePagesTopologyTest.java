package edu.lifecycle.servicekit.query;

import static edu.lifecycle.servicekit.ledger.LedgerFixtures.opening;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.servicekit.ledger.LedgerDriver;
import edu.lifecycle.servicekit.ledger.account.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StorePagesTopologyTest {

    private final LedgerDriver ledger = new LedgerDriver();

    @BeforeEach
    void openAccounts() {
        for (String id : new String[] {"a-3", "b-1", "a-1", "a-2", "a-4"}) {
            ledger.send("open-" + id, id, "open-account", opening(id, "Owner of " + id));
        }
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void pagesThroughKeysWithAPrefixInKeyOrder() {
        Page<Account> first = StorePages.page(ledger.accounts(), "a-", null, 3);
        Page<Account> second = StorePages.page(ledger.accounts(), "a-", first.next(), 3);

        assertThat(first.items()).extracting(Page.Item::key).containsExactly("a-1", "a-2", "a-3");
        assertThat(first.next()).isEqualTo("a-3");
        assertThat(second.items()).extracting(Page.Item::key).containsExactly("a-4");
        assertThat(second.next()).isNull();
    }

    @Test
    void lastFullPageHasNoNext() {
        Page<Account> page = StorePages.page(ledger.accounts(), "a-", "a-2", 2);

        assertThat(page.items()).extracting(Page.Item::key).containsExactly("a-3", "a-4");
        assertThat(page.next()).isNull();
    }

    @Test
    void emptyPrefixListsEverything() {
        assertThat(StorePages.page(ledger.accounts(), "", null, 10).items())
                .extracting(item -> item.value().owner())
                .containsExactly("Owner of a-1", "Owner of a-2", "Owner of a-3", "Owner of a-4", "Owner of b-1");
    }

    @Test
    void refusesALimitOutOfRange() {
        assertThatThrownBy(() -> StorePages.page(ledger.accounts(), "", null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
