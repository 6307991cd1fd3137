package edu.lifecycle.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder a run keeps its brokers' logs, states and report in. It must be new or empty: a folder of an earlier run
 * would bring back that run's topics, and the same seed plays the same student ids, so the oracle would judge
 * another run's events (a medium run in a reused folder reported 1,703 events "without a source").
 */
final class RunDirectory {

    private RunDirectory() {}

    /** Why the folder cannot hold a new run, if it cannot. */
    static Optional<String> refusal(Path directory) {
        if (!Files.exists(directory)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(directory)) {
            return Optional.of(directory + " is a file; give --dir a new or empty folder.");
        }
        try (var entries = Files.list(directory)) {
            return entries.findAny()
                    .map(any -> directory + " holds an earlier run (its topics and the same student ids would come"
                            + " back); give --dir a new or empty folder, or delete this one.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
