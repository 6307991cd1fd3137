package edu.lifecycle.chaos.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void takesTheNearestRank() {
        var waits = IntStream.rangeClosed(1, 100).mapToObj(Duration::ofSeconds).toList();

        assertThat(Percentiles.of(waits, 50)).isEqualTo(Duration.ofSeconds(50));
        assertThat(Percentiles.of(waits, 99)).isEqualTo(Duration.ofSeconds(99));
        assertThat(Percentiles.of(List.of(Duration.ofSeconds(3), Duration.ofSeconds(1)), 99))
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(Percentiles.of(List.of(), 50)).isEqualTo(Duration.ZERO);
    }
}
