package edu.lifecycle.schemas.history;

import edu.lifecycle.schemas.AvroSourceTree;
import edu.lifecycle.schemas.AvroSourceTree.SourceRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.SchemaFormatter;

/**
 * Releases the current schemas: every subject whose source differs from its latest released version (or that was
 * never released) gets the next version in the history, and its checksum in the manifest. Refuses, and writes nothing,
 * when a schema cannot read every released version of its subject. Run at release time, from the repository root:
 *
 * <pre>./mvnw -q -pl schemas test-compile exec:java@release-schemas</pre>
 */
public final class ReleasingSchemas {

    private ReleasingSchemas() {}

    /** @param args the directory of the schemas module */
    public static void main(String[] args) throws IOException {
        Path module = Path.of(args.length > 0 ? args[0] : ".");
        Path historyRoot = module.resolve(SchemaHistory.RELEASED);
        SchemaHistory history = SchemaHistory.at(historyRoot);
        List<SourceRecord> sources = AvroSourceTree.records(module.resolve(AvroSourceTree.SOURCES));

        for (SourceRecord source : sources) {
            List<ReleasedVersion> released = history.versionsOf(source.subject());
            List<IncompatibleChange> refusals = BackwardTransitiveCheck.incompatibleChanges(source.schema(), released);
            if (!refusals.isEmpty()) {
                throw new IllegalStateException("not releasing anything: " + source.subject() + " " + refusals);
            }
        }
        for (SourceRecord source : sources) {
            release(source, history, historyRoot);
        }
    }

    private static void release(SourceRecord source, SchemaHistory history, Path historyRoot) throws IOException {
        String text = render(source);
        List<ReleasedVersion> released = history.versionsOf(source.subject());
        int latest = released.isEmpty() ? 0 : released.get(released.size() - 1).version();
        if (latest > 0
                && Files.readString(history.fileOf(source.subject(), latest)).equals(text)) {
            return;
        }
        Path next = history.fileOf(source.subject(), latest + 1);
        Files.createDirectories(next.getParent());
        Files.writeString(next, text);
        ReleaseManifest.append(historyRoot, next);
        System.out.println("released " + historyRoot.relativize(next));
    }

    /** The schema with every named type it uses written inline, so that the file stands alone as the registry's does. */
    static String render(SourceRecord source) {
        return SchemaFormatter.format("json/pretty", source.schema()) + "\n";
    }
}
