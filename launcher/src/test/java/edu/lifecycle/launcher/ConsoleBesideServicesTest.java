package edu.lifecycle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the launcher puts the operations console: 8090 beside the services' own ports, a free one in tests. */
class ConsoleBesideServicesTest {

    @Test
    void theConsoleTakes8090BesideTheServicesFixedPortsAndAFreeOneBesideFreePorts() {
        assertThat(Services.consoleBeside(Services.all()).port()).isEqualTo(8090);
        assertThat(Services.consoleBeside(Services.onFreePorts()).port()).isZero();
    }

    @Test
    void thePortCheckBeforeStartingCoversTheConsole() {
        var ports = LauncherMain.withConsole(Services.all()).stream()
                .map(ServiceSpec::port)
                .toList();

        assertThat(ports).containsExactly(8091, 8092, 8093, 8094, 8090);
        assertThat(LauncherMain.withConsole(List.of()))
                .extracting(ServiceSpec::name)
                .containsExactly("console");
    }
}
