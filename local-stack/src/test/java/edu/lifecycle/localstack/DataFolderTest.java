package edu.lifecycle.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder in use by a running system is never touched by a second start, with or without {@code --clean}. */
class DataFolderTest {

    @TempDir
    Path data;

    @Test
    void aSecondStartOnAFolderAnotherProcessHoldsIsRefusedAndTouchesNothing() throws Exception {
        DataFolder.prepare(data, false).close();
        Path topicData = Files.writeString(
                Files.createDirectories(data.resolve("kafka/admissions.events-0"))
                        .resolve("00000.log"),
                "events");
        var holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        DataFolderLockHolder.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        try {
            var output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> DataFolder.prepare(data, true))
                    .isInstanceOf(DataFolder.InUseException.class)
                    .hasMessageContaining("is in use by a running system (process " + holder.pid() + ")")
                    .hasMessageContaining("Nothing was changed");
            assertThatThrownBy(() -> DataFolder.prepare(data, false)).isInstanceOf(DataFolder.InUseException.class);
            assertThat(topicData).hasContent("events");
        } finally {
            // As kill -9 would: the lock goes with the process.
            holder.destroyForcibly().waitFor();
        }

        try (var lock = DataFolder.prepare(data, true)) {
            assertThat(topicData).doesNotExist();
            assertThat(data.resolve(DataFolder.MARKER)).exists();
        }
    }

    @Test
    void aSecondStartInTheSameProcessIsRefusedToo() throws Exception {
        try (var running = DataFolder.prepare(data, false)) {
            Path kept = Files.writeString(data.resolve("kept"), "x");

            assertThatThrownBy(() -> DataFolder.prepare(data, true)).isInstanceOf(DataFolder.InUseException.class);

            assertThat(kept).exists();
        }
    }

    @Test
    void aTakenPortRefusesTheStartBeforeAnythingIsCleaned() throws Exception {
        DataFolder.prepare(data, false).close();
        Path kept = Files.writeString(data.resolve("kept"), "x");
        try (var occupied = new ServerSocket()) {
            occupied.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = occupied.getLocalPort();

            assertThatThrownBy(() -> DataFolder.prepare(data, true, "127.0.0.1", List.of(0, port)))
                    .isInstanceOf(DataFolder.InUseException.class)
                    .hasMessageContaining("127.0.0.1:" + port + " is already in use");

            assertThat(kept).exists();
        }
        // The refusal let go of the folder.
        DataFolder.prepare(data, false).close();
    }

    @Test
    void refusesToCleanAFolderItDidNotMake() throws IOException {
        Path thesis = Files.writeString(data.resolve("thesis.docx"), "precious");

        assertThatThrownBy(() -> DataFolder.prepare(data, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a local-stack data folder");
        assertThat(thesis).exists();
        assertThat(data.resolve(DataFolder.LOCK)).doesNotExist();
    }
}
