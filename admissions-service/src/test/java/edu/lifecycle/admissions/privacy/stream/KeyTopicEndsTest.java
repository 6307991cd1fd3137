package edu.lifecycle.admissions.privacy.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class KeyTopicEndsTest {

    private static final TopicPartition P0 = new TopicPartition("admissions.personal-data-keys", 0);
    private static final TopicPartition P1 = new TopicPartition("admissions.personal-data-keys", 1);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** A broker whose answer to the first question is held until the test lets it go. */
    private static final class HeldBroker extends MockConsumer<byte[], byte[]> {
        final CountDownLatch firstAsked = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger questions = new AtomicInteger();

        HeldBroker() {
            super("earliest");
        }

        // Not synchronized while held, unlike MockConsumer's own: the test writes new ends meanwhile.
        @Override
        public Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions, Duration wait) {
            var answer = super.endOffsets(partitions, wait);
            if (questions.incrementAndGet() == 1) {
                firstAsked.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return answer;
        }
    }

    @Test
    void callersArrivingWhileAQuestionIsOnItsWayShareTheNextOneAndSeeWhatWasWrittenBeforeThey() throws Exception {
        var broker = new HeldBroker();
        broker.updateEndOffsets(Map.of(P0, 5L, P1, 7L));
        var pool = Executors.newFixedThreadPool(11);
        try (var ends = new KeyTopicEnds(broker, List.of(P0, P1), TIMEOUT)) {
            Future<Long> first = pool.submit(() -> ends.endOf(P0));
            assertThat(broker.firstAsked.await(10, TimeUnit.SECONDS)).isTrue();
            // Written while the first question is on its way: only a question asked after it can see it.
            broker.updateEndOffsets(Map.of(P0, 9L, P1, 8L));
            var later = new ArrayList<Future<Long>>();
            for (int caller = 0; caller < 10; caller++) {
                later.add(pool.submit(() -> ends.endOf(P0)));
            }
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (ends.waitingForNext() < 10 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(ends.waitingForNext()).isEqualTo(10);

            broker.release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(5L);
            for (var answer : later) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(9L);
            }
            assertThat(broker.questions).hasValue(2);
            assertThat(ends.endOf(P1)).isEqualTo(8L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBrokerThatCannotAnswerIsReportedToTheCaller() {
        var broker = new MockConsumer<byte[], byte[]>("earliest") {
            @Override
            public synchronized Map<TopicPartition, Long> endOffsets(
                    Collection<TopicPartition> partitions, Duration wait) {
                throw new TimeoutException("no broker");
            }
        };
        try (var ends = new KeyTopicEnds(broker, List.of(P0), TIMEOUT)) {
            assertThatThrownBy(() -> ends.endOf(P0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasRootCauseInstanceOf(TimeoutException.class);
        }
    }
}
