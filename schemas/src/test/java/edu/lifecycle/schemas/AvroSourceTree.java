package edu.lifecycle.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParser;
import org.apache.avro.SchemaParser.ParseResult;

/**
 * The schema sources as laid out in {@code src/main/avro}: one directory per public topic holding one file per record
 * type, and shared named types of that topic in its {@code types/} directory.
 */
public final class AvroSourceTree {

    public static final Path SOURCES = Path.of("src/main/avro");

    private static final String SHARED_TYPES = "types";

    /** A record type as its source file declares it, with every named type it refers to resolved. */
    public record SourceRecord(String topic, Path file, Schema schema) {

        /** The subject the record is registered under ({@code TopicRecordNameStrategy}). */
        public String subject() {
            return topic + "-" + schema.getFullName();
        }
    }

    private AvroSourceTree() {}

    /** Every record type of every topic directory under {@code root}. */
    public static List<SourceRecord> records(Path root) {
        SchemaParser parser = new SchemaParser();
        Map<Path, ParseResult> parsed = new LinkedHashMap<>();
        // Everything is parsed before any main schema is asked for (which resolves its names), as the avro-maven-plugin
        // does, so that a record may refer to a shared type whatever the order of the files.
        for (Path file : schemaFiles(root)) {
            parsed.put(file, parse(parser, file));
        }
        List<SourceRecord> records = new ArrayList<>();
        parsed.forEach((file, result) -> {
            if (isRecordFile(root, file)) {
                records.add(new SourceRecord(topicOf(root, file), file, result.mainSchema()));
            }
        });
        return records;
    }

    private static List<Path> schemaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> schemaFiles = files.filter(file -> file.toString().endsWith(".avsc"))
                    .sorted()
                    .toList();
            schemaFiles.forEach(file -> requireKnownPlace(root, file));
            return schemaFiles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireKnownPlace(Path root, Path file) {
        Path relative = root.relativize(file);
        boolean recordFile = relative.getNameCount() == 2;
        boolean sharedType =
                relative.getNameCount() == 3 && relative.getName(1).toString().equals(SHARED_TYPES);
        if (!recordFile && !sharedType) {
            throw new IllegalStateException(file + " is neither <topic>/<Record>.avsc nor <topic>/types/<Type>.avsc");
        }
    }

    private static boolean isRecordFile(Path root, Path file) {
        return root.relativize(file).getNameCount() == 2;
    }

    private static String topicOf(Path root, Path file) {
        return root.relativize(file).getName(0).toString();
    }

    private static ParseResult parse(SchemaParser parser, Path file) {
        try {
            return parser.parse(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
