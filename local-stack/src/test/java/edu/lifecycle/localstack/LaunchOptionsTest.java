package edu.lifecycle.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void withoutArgumentsListensOnTheUsualPortsAndKeepsDataInTheProjectFolder() {
        var options = LaunchOptions.parse(List.of());

        assertThat(options.settings().kafkaPort()).isEqualTo(9092);
        assertThat(options.settings().registryPort()).isEqualTo(8081);
        assertThat(options.settings().dataDirectory()).isEqualTo(Path.of(".data", "local-stack"));
        assertThat(options.clean()).isFalse();
    }

    @Test
    void readsEveryOption() {
        var options = LaunchOptions.parse(List.of(
                "--data-dir",
                "/tmp/stack",
                "--clean",
                "--kafka-port",
                "19092",
                "--registry-port",
                "18081",
                "--host",
                "0.0.0.0"));

        assertThat(options.settings())
                .isEqualTo(new LocalStackSettings(Path.of("/tmp/stack"), "0.0.0.0", 19092, 19093, 18081));
        assertThat(options.clean()).isTrue();
    }

    @Test
    void refusesAnUnknownOptionAndShowsTheUsage() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--demo-size")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown option '--demo-size'")
                .hasMessageContaining("Usage:");
    }

    @Test
    void refusesAPortThatIsNotOne() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--kafka-port", "99999")))
                .hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--registry-port", "http")))
                .hasMessageContaining("not 'http'");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--data-dir"))).hasMessageContaining("needs a value");
    }
}
