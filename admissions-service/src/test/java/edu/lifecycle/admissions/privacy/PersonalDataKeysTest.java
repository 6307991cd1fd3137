package edu.lifecycle.admissions.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ObjLongConsumer;
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
        assertThat(store.read("S-1").map(KeyRingStore.Versioned::ring)).contains(KeyRing.of(key));
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
    void aKeyDestroyedByAnotherInstanceIsForgottenHereAsSoonAsItsTombstoneIsRead() {
        var keys = new PersonalDataKeys(store, 10, Duration.ofMinutes(10), clock);
        var key = keys.current("S-1");
        assertThat(keys.find("S-1", key.id())).contains(key);

        store.published("S-1", null);

        assertThat(keys.find("S-1", key.id())).isEmpty();
        assertThat(keys.cachedPeople()).isZero();
    }

    @Test
    void aChangeNotYetReadFromTheTopicIsSeenAfterTheTimeToLiveAtTheLatest() {
        var keys = new PersonalDataKeys(store, 10, Duration.ofMinutes(10), clock);
        var old = keys.current("S-1");
        var fresh = new DataKey("fresh", new byte[DataKey.SECRET_BYTES], "request-1");
        store.writtenElsewhereUnseen("S-1", KeyRing.of(fresh));

        assertThat(keys.find("S-1", old.id())).contains(old);
        now.set(now.get().plus(Duration.ofMinutes(11)));
        assertThat(keys.find("S-1", old.id())).isEmpty();
    }

    @Test
    void aKeyMadeAMomentAgoByAnotherInstanceIsFoundThoughAnOlderRingIsCached() {
        var keys = new PersonalDataKeys(store, 10, Duration.ofMinutes(10), clock);
        var old = keys.current("S-1");
        var fresh = new DataKey("fresh", new byte[DataKey.SECRET_BYTES], "request-1");
        store.writtenElsewhereUnseen("S-1", KeyRing.of(old).with(fresh));

        assertThat(keys.find("S-1", fresh.id())).contains(fresh);
        assertThat(keys.current("S-1")).isEqualTo(fresh);
    }

    @Test
    void aRingReadJustBeforeANewerChangeWasHeardOfIsNotKept() {
        var ring = KeyRing.of(new DataKey("k1", new byte[DataKey.SECRET_BYTES], null));
        var reads = new AtomicInteger();
        // The read answers the ring at version 1 while the index has already read the person's tombstone (version 2).
        var racing = new KeyRingStore() {
            @Override
            public Optional<Versioned> read(String subject) {
                reads.incrementAndGet();
                return Optional.of(new Versioned(ring, 1));
            }

            @Override
            public long write(String subject, KeyRing written) {
                throw new AssertionError("nothing is written");
            }

            @Override
            public long latestVersion(String subject) {
                return 2;
            }

            @Override
            public void watch(ObjLongConsumer<String> listener) {}
        };
        var keys = new PersonalDataKeys(racing, 10, Duration.ofMinutes(10), clock);

        keys.find("S-1", "k1");
        keys.find("S-1", "k1");

        assertThat(keys.cachedPeople()).isZero();
        assertThat(reads).hasValue(2);
    }

    @Test
    void requestsForOnePersonAtOnceGetOneKeyWrittenOnce() throws Exception {
        var keys = new PersonalDataKeys(store, 10, Duration.ofMinutes(10), clock);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var start = new CountDownLatch(1);
            var asked = new ArrayList<Future<DataKey>>();
            for (int request = 0; request < 32; request++) {
                asked.add(pool.submit(() -> {
                    start.await();
                    return keys.current("S-1");
                }));
            }
            start.countDown();
            var given = new HashSet<DataKey>();
            for (var answer : asked) {
                given.add(answer.get(10, TimeUnit.SECONDS));
            }

            assertThat(given).hasSize(1);
            assertThat(store.latestVersion("S-1")).isZero();
        } finally {
            pool.shutdownNow();
        }
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
