package edu.lifecycle.admissions.privacy.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * Where the key topic's committed records end now, asked of the broker by one thread of its own on behalf of every
 * caller: those who ask while a question is on its way share the next one, which is asked after they arrived. Under
 * a burst of new people the broker gets one request per round trip, however many are waiting, instead of one each.
 */
final class KeyTopicEnds implements AutoCloseable {

    private final Consumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final Duration timeout;
    private final Object lock = new Object();
    private final Thread thread;
    private CompletableFuture<Map<TopicPartition, Long>> waiting;
    private int joined;
    private boolean running = true;

    KeyTopicEnds(Consumer<byte[], byte[]> consumer, List<TopicPartition> partitions, Duration timeout) {
        this.consumer = consumer;
        this.partitions = List.copyOf(partitions);
        this.timeout = timeout;
        this.thread = new Thread(this::answer, "admissions-key-topic-ends");
        thread.setDaemon(true);
        thread.start();
    }

    /** The end of the partition as the broker reports it after this call began (read committed). */
    long endOf(TopicPartition partition) {
        CompletableFuture<Map<TopicPartition, Long>> answer;
        synchronized (lock) {
            if (!running) {
                throw new IllegalStateException("The key topic's ends are no longer asked");
            }
            if (waiting == null) {
                waiting = new CompletableFuture<>();
                lock.notifyAll();
            }
            joined++;
            answer = waiting;
        }
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(partition);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking where the key topic ends", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The end of the key topic could not be read within " + timeout, e);
        }
    }

    /** How many callers wait for the next question (not the one on its way): for tests. */
    int waitingForNext() {
        synchronized (lock) {
            return joined;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            running = false;
            lock.notifyAll();
        }
        consumer.wakeup();
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer() {
        try {
            while (true) {
                CompletableFuture<Map<TopicPartition, Long>> batch;
                synchronized (lock) {
                    while (running && waiting == null) {
                        lock.wait();
                    }
                    if (!running) {
                        if (waiting != null) {
                            waiting.completeExceptionally(new IllegalStateException("The key store is closing"));
                        }
                        return;
                    }
                    // Everyone waiting now shares this question; whoever comes next waits for the one after.
                    batch = waiting;
                    waiting = null;
                    joined = 0;
                }
                try {
                    batch.complete(consumer.endOffsets(partitions, timeout));
                } catch (KafkaException e) {
                    batch.completeExceptionally(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close(timeout);
        }
    }
}
