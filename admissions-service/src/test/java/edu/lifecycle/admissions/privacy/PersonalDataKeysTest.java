package edu.lifecycle.admissions.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PersonalDataKeysTest {

    private final InMemoryKeyRings store = new InMemoryKeyRings();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-06-01T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void aPersonGetsOneKeyWhichIsStoredBeforeItIsUsed() {
        var keys = new PersonalDataKeys(store, 10, Duration.ofMinutes(10), clock);

        var key = keys.current("S-1");

        assertThat(keys.current("S-1")).isEqualTo(key);
        assertThat(store.read("S-1")).contains(KeyRing.of(key));
        assertThat(keys.current("S-2")).isNotEqualTo(key);
    }

    @Test
    void theCacheHoldsAtMostItsCapacityAndReadsTheStoreForTheRest() {
        var keys = new PersonalDataKeys(store, 2, Duration.ofMinutes(10), clock);
        var first = keys.current("S-1");
        keys.current("S-2");
        keys.current("S-3");

        assertThat(keys.cachedPeople()).isEqualTo(2);
        int readsBefore = store.reads();
        assertThat(keys.find("S-1", first.id())).contains(first);
        assertThat(store.reads()).isEqualTo(readsBefore + 1);
    }

    @Test
    void aKeyDestroyedByAnotherInstanceIsForgottenHereAfterTheTimeToLive() {
        var keys = new PersonalDataKeys(store, 10, Duration.ofMinutes(10), clock);
        var key = keys.current("S-1");
        store.published("S-1", null);

        assertThat(keys.find("S-1", key.id())).contains(key);
        now.set(now.get().plus(Duration.ofMinutes(11)));
        assertThat(keys.find("S-1", key.id())).isEmpty();
    }

    @Test
    void aDestroyedKeyIsForgottenAtOnceOnTheInstanceThatDestroysIt() {
        var keys = new PersonalDataKeys(store, 10, Duration.ofMinutes(10), clock);
        var key = keys.current("S-1");
        store.published("S-1", null);

        keys.destroyed("S-1");

        assertThat(keys.find("S-1", key.id())).isEmpty();
    }

    @Test
    void aRotationKeepsTheOldKeyUntilTheCorrectionIsDecidedAndARetryReusesItsKey() {
        var keys = new PersonalDataKeys(store, 10, Duration.ofMinutes(10), clock);
        var old = keys.current("S-1");

        var fresh = keys.rotate("S-1", "request-1");

        assertThat(keys.rotate("S-1", "request-1")).isEqualTo(fresh);
        assertThat(keys.current("S-1")).isEqualTo(fresh);
        assertThat(keys.find("S-1", old.id())).contains(old);
        assertThat(keys.newestOnly("S-1")).contains(KeyRing.of(fresh));
        assertThat(keys.find("S-1", old.id())).isEmpty();
        assertThat(keys.rotate("S-1", "request-2")).isNotEqualTo(fresh);
    }
}
