package edu.lifecycle.schemas.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code RELEASED.sha256} at the root of the history: the SHA-256 of every released file, in {@code sha256sum} format
 * (so {@code sha256sum -c RELEASED.sha256} checks it too). Consumers may have read data with a released schema, so the
 * file must stay exactly as released: an edit, a deletion or an unlisted file is a violation.
 */
public final class ReleaseManifest {

    public static final String FILE_NAME = "RELEASED.sha256";

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](\\S.*)");

    private ReleaseManifest() {}

    /** Every way the history under {@code root} departs from its manifest; empty when it is exactly as released. */
    public static List<String> violations(Path root) {
        List<String> violations = new ArrayList<>();
        Map<String, String> released = read(root, violations);
        released.forEach((file, checksum) -> {
            Path path = root.resolve(file);
            if (!Files.isRegularFile(path)) {
                violations.add(file + " was released but is missing; released versions are never deleted");
            } else if (!sha256(path).equals(checksum)) {
                violations.add(file + " changed after release (released sha256 " + checksum + ", now " + sha256(path)
                        + "); release the change as the next version instead");
            }
        });
        historyFiles(root).stream()
                .filter(file -> !released.containsKey(file))
                .forEach(file -> violations.add(
                        file + " is not listed in " + FILE_NAME + "; release it with its checksum or remove it"));
        return violations;
    }

    /** Records a newly released file in the manifest. */
    public static void append(Path root, Path releasedFile) {
        String line = sha256(releasedFile) + "  " + relative(root, releasedFile) + "\n";
        try {
            Files.writeString(root.resolve(FILE_NAME), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static Map<String, String> read(Path root, List<String> violations) {
        Path manifest = root.resolve(FILE_NAME);
        Map<String, String> released = new LinkedHashMap<>();
        if (!Files.isRegularFile(manifest)) {
            violations.add(FILE_NAME + " is missing from " + root);
            return released;
        }
        try {
            List<String> lines = Files.readAllLines(manifest);
            for (int number = 1; number <= lines.size(); number++) {
                String line = lines.get(number - 1);
                Matcher entry = LINE.matcher(line);
                if (entry.matches()) {
                    released.put(entry.group(2), entry.group(1));
                } else if (!line.isBlank()) {
                    violations.add(FILE_NAME + " line " + number + " is not '<sha256>  <file>': " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return released;
    }

    private static List<String> historyFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals(FILE_NAME))
                    .map(file -> relative(root, file))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path file) {
        // Forward slashes whatever the platform, so the manifest reads the same everywhere.
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
