package edu.lifecycle.servicekit.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void aKeyIsLoggedAsItIsWhenItIsAPlainStudentId() {
        assertThat(DeadLetters.keyOf(utf8("stu-1"))).isEqualTo("stu-1");
        assertThat(DeadLetters.keyOf(null)).isEqualTo("(none)");
    }

    @Test
    void aForgedKeyCannotWriteALineOfItsOwnNorFloodTheLog() {
        var forged = DeadLetters.keyOf(utf8("stu-1\n12:00:00.000 INFO all is well\r"));
        var long2000 = DeadLetters.keyOf(utf8("x".repeat(2_000)));

        assertThat(forged).doesNotContain("\n", "\r").startsWith("stu-1?12:00");
        assertThat(long2000).hasSize(81).endsWith("…");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
