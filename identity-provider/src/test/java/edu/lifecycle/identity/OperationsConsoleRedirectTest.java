package edu.lifecycle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operations console signs staff in with the console client: its callback on port 8090 is registered. */
class OperationsConsoleRedirectTest {

    @Test
    void theConsoleClientReturnsToTheOperationsConsolesCallback() {
        var settings = new IdentitySettings(Path.of("unused"), "127.0.0.1", 0, List.of(), false);

        assertThat(IdentityServerConfiguration.consoleRedirectUris(settings))
                .contains(
                        "http://127.0.0.1:8090/login/oauth2/code/lifecycle",
                        "http://localhost:8090/login/oauth2/code/lifecycle");
    }
}
