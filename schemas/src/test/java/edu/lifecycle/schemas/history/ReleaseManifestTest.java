package edu.lifecycle.schemas.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseManifestTest {

    private static final String RELEASED_V1 =
            "admissions.events-edu.lifecycle.events.admissions.EnrollmentWithdrawn/v1.avsc";
    private static final String RELEASED_SCHEMA = """
            {"type": "record", "name": "EnrollmentWithdrawn", "fields": [{"name": "reason", "type": "string"}]}
            """;

    @TempDir
    Path history;

    @BeforeEach
    void releaseTheFirstVersion() throws IOException, NoSuchAlgorithmException {
        write(RELEASED_V1, RELEASED_SCHEMA);
        Files.writeString(
                history.resolve(ReleaseManifest.FILE_NAME), sha256(RELEASED_SCHEMA) + "  " + RELEASED_V1 + "\n");
    }

    @Test
    void acceptsHistoryExactlyAsReleased() {
        assertThat(ReleaseManifest.violations(history)).isEmpty();
    }

    @Test
    void reportsAReleasedFileEditedAfterwards() throws IOException {
        write(RELEASED_V1, RELEASED_SCHEMA.replace("\"reason\"", "\"withdrawalReason\""));

        assertThat(ReleaseManifest.violations(history))
                .singleElement(STRING)
                .startsWith(RELEASED_V1 + " changed after release");
    }

    @Test
    void reportsAReleasedFileDeletedAfterwards() throws IOException {
        Files.delete(history.resolve(RELEASED_V1));

        assertThat(ReleaseManifest.violations(history))
                .singleElement(STRING)
                .startsWith(RELEASED_V1 + " was released but is missing");
    }

    @Test
    void reportsAVersionAddedWithoutItsChecksum() throws IOException {
        String unlisted = RELEASED_V1.replace("v1", "v2");
        write(unlisted, RELEASED_SCHEMA);

        assertThat(ReleaseManifest.violations(history)).singleElement(STRING).startsWith(unlisted + " is not listed");
    }

    @Test
    void acceptsAVersionReleasedThroughTheManifest() throws IOException {
        String v2 = RELEASED_V1.replace("v1", "v2");
        write(v2, RELEASED_SCHEMA);

        ReleaseManifest.append(history, history.resolve(v2));

        assertThat(ReleaseManifest.violations(history)).isEmpty();
    }

    private void write(String file, String content) throws IOException {
        Path path = history.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    private static String sha256(String content) throws NoSuchAlgorithmException {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
