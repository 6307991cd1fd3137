package edu.lifecycle.admissions.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import edu.lifecycle.admissions.privacy.stream.CompactionBound;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrivacyPropertiesTest {

    @Test
    void byDefaultSupersededProfilesAreGoneWithinThirtyDays() {
        var defaults = new PrivacyProperties(null, null, null);

        assertThat(defaults.supersededValueBound()).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.supersededValueBound().multipliedBy(2)).isLessThanOrEqualTo(Duration.ofDays(30));
        assertThat(defaults.keyCacheSize()).isEqualTo(10_000);
        assertThat(defaults.keyCacheTimeToLive()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aBoundThatWouldBreakTheThirtyDaysPromiseStopsStartUp() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PrivacyProperties(null, null, Duration.ofDays(16)))
                .withMessageContaining("superseded-value-bound");
        assertThatIllegalArgumentException().isThrownBy(() -> new PrivacyProperties(null, null, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new PrivacyProperties(0, null, null));
    }

    @Test
    void theBoundRollsSegmentsAndForcesCompactionAtTheSamePace() {
        var bound = new CompactionBound(Duration.ofDays(7), List.of("admissions.student-profiles"));

        assertThat(bound.settings())
                .isEqualTo(Map.of(
                        "segment.ms", "604800000",
                        "max.compaction.lag.ms", "604800000",
                        "file.delete.delay.ms", "60000"));
        assertThat(new CompactionBound(Duration.ofSeconds(1), List.of()).settings())
                .containsEntry("file.delete.delay.ms", "1000");
    }
}
