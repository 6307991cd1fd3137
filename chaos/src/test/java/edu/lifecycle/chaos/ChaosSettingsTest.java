package edu.lifecycle.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChaosSettingsTest {

    @Test
    void aNamedSizeIsTakenWholeWithItsFolder() {
        var settings = ChaosSettings.parse(new String[] {"--size=full", "--dir=/tmp/run-a"});

        assertThat(settings).isEqualTo(ChaosSettings.full(Path.of("/tmp/run-a")));
    }

    @Test
    void everyFlagKeepsWhatTheFlagsBeforeItSet() {
        var settings = ChaosSettings.parse(new String[] {
            "--size=medium",
            "--session-timeout-ms=15000",
            "--commands=20000",
            "--kills=20",
            "--broker-restarts=3",
            "--seed=7",
            "--workers=16",
            "--gap-seconds=90",
            "--dir=/tmp/run-b"
        });

        assertThat(settings.commands()).isEqualTo(20_000);
        assertThat(settings.kills()).isEqualTo(20);
        assertThat(settings.brokerRestarts()).isEqualTo(3);
        assertThat(settings.seed()).isEqualTo(7);
        assertThat(settings.workers()).isEqualTo(16);
        assertThat(settings.meanGap()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.directory()).isEqualTo(Path.of("/tmp/run-b"));
        assertThat(settings.serviceArguments())
                .containsExactly("--spring.kafka.streams.properties.session.timeout.ms=15000");
        assertThat(settings.size()).isEqualTo("medium+session-15000ms+custom");
    }

    @Test
    void theReportNamesASizeChangedByAFlag() {
        assertThat(ChaosSettings.parse(new String[] {"--size=full", "--commands=30000"})
                        .size())
                .isEqualTo("full+custom");
        assertThat(ChaosSettings.parse(new String[] {"--size=full", "--seed=3"}).size())
                .isEqualTo("full");
    }

    @Test
    void anUnknownFlagOrSizeIsRefusedByName() {
        assertThatThrownBy(() -> ChaosSettings.parse(new String[] {"--size=huge"}))
                .hasMessageContaining("huge");
        assertThatThrownBy(() -> ChaosSettings.parse(new String[] {"--kils=3"})).hasMessageContaining("--kils=3");
    }
}
