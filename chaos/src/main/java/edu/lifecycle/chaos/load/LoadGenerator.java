package edu.lifecycle.chaos.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Plays whole student years on {@code workers} threads until {@code commands} commands have been sent: bounded by
 * its budget, and each command bounded by the client's deadline, so it always ends.
 */
public final class LoadGenerator {

    private final StudentLifecycle lifecycle;
    private final String runId;
    private final int workers;

    public LoadGenerator(StudentLifecycle lifecycle, String runId, int workers) {
        this.lifecycle = lifecycle;
        this.runId = runId;
        this.workers = workers;
    }

    /** Sends up to {@code commands} commands; returns how many students were played. */
    public int run(long commands, Consumer<String> progress) {
        var budget = new AtomicLong(commands);
        var students = new AtomicInteger();
        var sent = new AtomicLong();
        var threads = new ArrayList<Thread>();
        long step = Math.max(100, commands / 20);
        for (int w = 0; w < workers; w++) {
            var thread = new Thread(
                    () -> {
                        while (true) {
                            long left = budget.getAndAdd(-StudentLifecycle.COMMANDS);
                            if (left <= 0) {
                                return;
                            }
                            int n = students.incrementAndGet();
                            int played =
                                    lifecycle.play(runId + "-" + n, (int) Math.min(left, StudentLifecycle.COMMANDS));
                            // A year cut short (a refused step) gives back what it did not send.
                            budget.addAndGet(StudentLifecycle.COMMANDS - played);
                            long total = sent.addAndGet(played);
                            if (total / step != (total - played) / step) {
                                progress.accept(total + " commands sent, " + n + " students");
                            }
                        }
                    },
                    "load-" + w);
            threads.add(thread);
            thread.start();
        }
        for (var thread : threads) {
            try {
                // Each command has its deadline; the joins need none of their own beyond a generous bound.
                thread.join(Duration.ofHours(12).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return students.get();
    }
}
