package edu.lifecycle.schemas.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.SchemaParser;

/**
 * The released versions of every subject, one self-contained schema per file: {@code <root>/<subject>/v<N>.avsc}. A
 * released file never changes afterwards ({@link ReleaseManifest}); a change to a schema is released as the next
 * version.
 */
public final class SchemaHistory {

    public static final Path RELEASED = Path.of("src/main/avro-history");

    private static final Pattern VERSION_FILE = Pattern.compile("v([1-9][0-9]*)\\.avsc");

    private final Path root;

    private SchemaHistory(Path root) {
        this.root = root;
    }

    public static SchemaHistory at(Path root) {
        return new SchemaHistory(root);
    }

    /** Every subject with a directory in the history. */
    public Set<String> subjects() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .map(directory -> directory.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The released versions of the subject, oldest first; none when the subject was never released. */
    public List<ReleasedVersion> versionsOf(String subject) {
        Path directory = root.resolve(subject);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> read(subject, file))
                    .sorted(Comparator.comparingInt(ReleasedVersion::version))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the given version of the subject is kept. */
    public Path fileOf(String subject, int version) {
        return root.resolve(subject).resolve("v" + version + ".avsc");
    }

    private static ReleasedVersion read(String subject, Path file) {
        Matcher name = VERSION_FILE.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalStateException(file + " is not named v<N>.avsc");
        }
        try {
            return new ReleasedVersion(subject, Integer.parseInt(name.group(1)), SchemaParser.parseSingle(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
