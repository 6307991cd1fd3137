package edu.lifecycle.registry.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainArgumentsTest {

    @Test
    void defaultsToPort8081OnAllInterfacesInMemory() {
        RegistrySettings settings = MainArguments.parse(new String[0], Map.of()).settings();

        assertThat(settings.port()).isEqualTo(8081);
        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.inMemoryStore()).isTrue();
        assertThat(settings.topic()).isEqualTo("_schemas");
        assertThat(settings.defaultCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void takesTheGlobalCompatibilityLevelAsConfluentsImageDoes() {
        assertThat(MainArguments.parse(
                                new String[0],
                                Map.of("SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL", "backward_transitive"))
                        .settings()
                        .defaultCompatibility())
                .isEqualTo(CompatibilityLevel.BACKWARD_TRANSITIVE);
        assertThat(MainArguments.parse(
                                new String[] {"--compatibility", "FULL"},
                                Map.of("SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL", "backward_transitive"))
                        .settings()
                        .defaultCompatibility())
                .isEqualTo(CompatibilityLevel.FULL);
        assertThatThrownBy(() -> MainArguments.parse(new String[] {"--compatibility", "sideways"}, Map.of()))
                .hasMessageContaining("sideways");
    }

    @Test
    void readsTheEnvironment() {
        RegistrySettings settings = MainArguments.parse(
                        new String[0], Map.of("REGISTRY_PORT", "9091", "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"))
                .settings();

        assertThat(settings.port()).isEqualTo(9091);
        assertThat(settings.bootstrapServers()).isEqualTo("kafka:9092");
    }

    @Test
    void optionsBeatTheEnvironment() {
        RegistrySettings settings = MainArguments.parse(
                        new String[] {"--port", "9092", "--bootstrap-servers=localhost:19092", "--host", "127.0.0.1"},
                        Map.of("REGISTRY_PORT", "9091", "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"))
                .settings();

        assertThat(settings.port()).isEqualTo(9092);
        assertThat(settings.bootstrapServers()).isEqualTo("localhost:19092");
        assertThat(settings.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void anonymityIsAskedForByNameAndLoginsComeFromAFile() {
        assertThat(MainArguments.parse(new String[0], Map.of()).anonymous()).isFalse();
        assertThat(MainArguments.parse(new String[] {"--anonymous", "--port", "1"}, Map.of()))
                .satisfies(arguments -> {
                    assertThat(arguments.anonymous()).isTrue();
                    assertThat(arguments.settings().port()).isEqualTo(1);
                });
        assertThat(MainArguments.parse(new String[0], Map.of("REGISTRY_ANONYMOUS", "true"))
                        .anonymous())
                .isTrue();
        assertThat(MainArguments.parse(new String[] {"--users-file", "/etc/registry/users"}, Map.of())
                        .usersFile())
                .contains(Path.of("/etc/registry/users"));
        assertThat(MainArguments.parse(new String[0], Map.of("KAFKA_CLIENT_CONFIG", "/etc/registry/kafka.properties"))
                        .kafkaConfig())
                .contains(Path.of("/etc/registry/kafka.properties"));
    }

    @Test
    void refusesUnknownOptionsAndBadPorts() {
        assertThatThrownBy(() -> MainArguments.parse(new String[] {"--colour", "blue"}, Map.of()))
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> MainArguments.parse(new String[] {"--port", "eighty"}, Map.of()))
                .hasMessageContaining("eighty");
        assertThatThrownBy(() -> MainArguments.parse(new String[] {"--port"}, Map.of()))
                .hasMessageContaining("needs a value");
    }
}
