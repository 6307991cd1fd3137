package edu.lifecycle.servicekit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A store that stops answering in the middle of a read (a rebalance moves it away) is a 503 to retry, never a 500. */
class StoreQueriesTest {

    private static final String STORE = "cohort-rosters";

    private final KafkaStreams streams = mock(KafkaStreams.class);
    private final ReadOnlyKeyValueStore<String, String> store = mock();
    private final StoreQueries queries =
            new StoreQueries(name -> Optional.of(streams), new ThisInstance("localhost", () -> 8080));

    StoreQueriesTest() {
        when(streams.state()).thenReturn(KafkaStreams.State.RUNNING);
        when(streams.store(any(StoreQueryParameters.class))).thenReturn(store);
    }

    @Test
    void aReadAnswersFromThisInstancesStore() {
        when(store.get("M2-ISD/2026-2027")).thenReturn("42 students");

        String roster = queries.read(STORE, String.class, rosters -> rosters.get("M2-ISD/2026-2027"));

        assertThat(roster).isEqualTo("42 students");
    }

    @Test
    void aStoreMovedAwayDuringAReadIsUnavailableWithRetryAfter() {
        when(store.get("M2-ISD/2026-2027"))
                .thenThrow(new InvalidStateStoreException("The state store, cohort-rosters, may have migrated"));

        assertUnavailable(() -> queries.read(STORE, String.class, rosters -> rosters.get("M2-ISD/2026-2027")));
        assertUnavailable(() -> queries.get(STORE, "M2-ISD/2026-2027"));
    }

    @Test
    void aStoreClosedWhileItsEntriesAreWalkedIsUnavailableWithRetryAfter() {
        KeyValueIterator<String, String> entries = mock();
        when(entries.hasNext()).thenThrow(new InvalidStateStoreException("RocksDB iterator has closed"));
        when(store.all()).thenReturn(entries);

        assertUnavailable(() -> queries.read(STORE, String.class, rosters -> {
            try (var all = rosters.all()) {
                return all.hasNext();
            }
        }));
    }

    @Test
    void noStoreIsHandedOutToBeReadOutsideThatRule() {
        Method[] handingOutAStore = Arrays.stream(StoreQueries.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> StateStore.class.isAssignableFrom(method.getReturnType())
                        || ReadOnlyKeyValueStore.class.isAssignableFrom(method.getReturnType()))
                .toArray(Method[]::new);

        assertThat(handingOutAStore).isEmpty();
    }

    private static void assertUnavailable(Runnable read) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(StoreUnavailableException.class, unavailable -> {
            assertThat(unavailable.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(unavailable.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                    .isEqualTo("1");
            assertThat(unavailable.getBody().getDetail()).contains("retry");
        });
    }
}
