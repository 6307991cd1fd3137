package edu.lifecycle.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The folder where the local stack keeps everything that survives a restart. It carries a marker file, so that
 * {@code --clean} only ever deletes a folder the stack made: a mistyped {@code --data-dir} must never wipe a folder
 * of the user's.
 */
public final class DataFolder {

    static final String MARKER = ".local-stack";

    private DataFolder() {}

    /** Empties the folder if asked (refusing an unmarked one), then creates and marks it. */
    public static void prepare(Path directory, boolean clean) throws IOException {
        if (clean) {
            delete(directory);
        }
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(MARKER), "data of the local stack\n");
    }

    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        if (!Files.exists(directory.resolve(MARKER))) {
            throw new IllegalArgumentException("Refusing to clean " + directory.toAbsolutePath()
                    + ": it is not a local-stack data folder (no " + MARKER + " file).");
        }
        try (var paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
