package edu.lifecycle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo's last words are read once every read model counts what was played, not a few events early. */
class CohortSummaryTest {

    private static final String YEAR = "/api/v1/programmes/" + CohortPlayer.PROGRAMME + "/years/" + CohortPlayer.YEAR;

    private HttpServer server;
    private final AtomicInteger outcomeReads = new AtomicInteger();

    @BeforeEach
    void startLaggingServices() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Map<String, String> caughtUp = Map.of(
                YEAR + "/funnel", "{\"submitted\": 24, \"enrolled\": 20}",
                YEAR + "/receivables", "{\"accounts\": 20}",
                YEAR + "/results", "{\"students\": 20, \"degreesAwarded\": 18}",
                YEAR + "/work-study", "{\"enrolled\": 20}");
        caughtUp.forEach((path, body) -> server.createContext(path, exchange -> answer(exchange, body)));
        // The graduate outcomes lag: the first reads still miss the last two first jobs.
        server.createContext(
                YEAR + "/graduate-outcomes",
                exchange -> answer(
                        exchange,
                        outcomeReads.incrementAndGet() < 3
                                ? "{\"graduates\": 18, \"outcomesRecorded\": 16}"
                                : "{\"graduates\": 18, \"outcomesRecorded\": 18}"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theSummaryShowsWhatWasPlayedOnceTheReadModelsHaveCaughtUp() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        var summary = new CohortSummary(new ServiceUrls(url, url, url, url, () -> null));

        var lines = summary.lines(new CohortSummary.Played(24, 20, 18));

        assertThat(lines)
                .anySatisfy(
                        line -> assertThat(line).contains("graduate outcomes").contains("outcomesRecorded 18"));
        assertThat(outcomeReads).hasValueGreaterThanOrEqualTo(3);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
