package edu.lifecycle.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What every step of the play shares: the services' APIs, the year's clock, the roll of students, the progress
 * lines, and a pool that runs a step for several students at a time.
 */
final class Stage implements AutoCloseable {

    private static final int PARALLEL_STUDENTS = 8;

    final Api api;
    final ServiceUrls urls;
    final Roll roll = new Roll();
    private final MovableClock clock;
    private final Consumer<String> progress;
    private final ExecutorService workers = Executors.newFixedThreadPool(PARALLEL_STUDENTS);

    Stage(ServiceUrls urls, MovableClock clock, Consumer<String> progress) {
        this.urls = urls;
        this.api = urls.api();
        this.clock = clock;
        this.progress = progress;
    }

    /** Moves the shared clock to {@code when} (never back) and names the phase that starts, if any. */
    void moveTo(Instant when, String phase) {
        if (clock.instant().isBefore(when)) {
            clock.advanceTo(when);
        }
        if (phase != null) {
            say(LocalDate.ofInstant(when, ZoneOffset.UTC) + "  " + phase);
        }
    }

    Instant now() {
        return clock.instant();
    }

    void say(String line) {
        progress.accept(line);
    }

    /** Runs one step for every student, several students at a time; the first failure stops the play. */
    void forEach(List<StudentPlan> students, Consumer<StudentPlan> step) {
        var futures = new ArrayList<Future<?>>();
        for (var student : students) {
            futures.add(workers.submit(() -> step.accept(student)));
        }
        for (var future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(
                        "The demo stopped: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    String application(StudentPlan student) {
        return urls.admissions() + "/api/v1/applications/" + student.studentId();
    }

    String account(StudentPlan student) {
        return urls.billing() + "/api/v1/accounts/" + student.studentId();
    }

    String transcript(StudentPlan student) {
        return urls.curriculum() + "/api/v1/transcripts/" + student.studentId();
    }

    String placements(StudentPlan student) {
        return urls.placement() + "/api/v1/students/" + student.studentId() + "/placements";
    }

    static List<StudentPlan> filter(Collection<StudentPlan> students, Predicate<StudentPlan> condition) {
        return students.stream().filter(condition).toList();
    }

    /** Nine in the morning of {@code day}, when the play's offices open. */
    static Instant at(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
