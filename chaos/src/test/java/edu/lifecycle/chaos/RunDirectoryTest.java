package edu.lifecycle.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void aNewOrEmptyFolderTakesARun() throws IOException {
        assertThat(RunDirectory.refusal(temp.resolve("new"))).isEmpty();
        assertThat(RunDirectory.refusal(Files.createDirectory(temp.resolve("empty"))))
                .isEmpty();
    }

    @Test
    void aFolderHoldingAnEarlierRunOrAFileIsRefusedSayingWhatToDo() throws IOException {
        var earlier = Files.createDirectories(temp.resolve("earlier").resolve("kafka"));
        assertThat(RunDirectory.refusal(earlier.getParent()))
                .hasValueSatisfying(
                        why -> assertThat(why).contains("holds an earlier run").contains("--dir"));
        var file = Files.writeString(temp.resolve("report.md"), "x");
        assertThat(RunDirectory.refusal(file))
                .hasValueSatisfying(why -> assertThat(why).contains("is a file"));
    }
}
