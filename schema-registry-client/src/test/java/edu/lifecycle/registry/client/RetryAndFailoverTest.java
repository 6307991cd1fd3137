package edu.lifecycle.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.registry.testing.FakeRegistryServer;
import edu.lifecycle.registry.testing.FakeRegistryServer.Answer;
import edu.lifecycle.registry.testing.RecordingSleeper;
import edu.lifecycle.registry.testing.SettableClock;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAndFailoverTest {

    private static final Answer SUBJECTS = Answer.ok("[\"t1-value\"]");
    private static final Answer UNAVAILABLE = Answer.error(503, 503, "Service Unavailable");

    private final FakeRegistryServer first = FakeRegistryServer.start();
    private final FakeRegistryServer second = FakeRegistryServer.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stopRegistries() {
        first.close();
        second.close();
    }

    private CachedSchemaRegistryClient client(List<String> urls, Map<String, ?> configs) {
        return new CachedSchemaRegistryClient(urls, configs, new SettableClock(), sleeper);
    }

    private static Map<String, Object> backoff(int maxRetries, long waitMs, long maxWaitMs) {
        return Map.of("max.retries", maxRetries, "retries.wait.ms", waitMs, "retries.max.wait.ms", maxWaitMs);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void retriesWhileTheRegistryIsUnavailable(int status) throws Exception {
        first.on("GET", "/subjects", Answer.error(status, status, "unavailable"), SUBJECTS);

        List<String> subjects =
                client(List.of(first.url()), backoff(3, 10, 1000)).getAllSubjects();

        assertThat(subjects).containsExactly("t1-value");
        assertThat(first.requests()).hasSize(2);
    }

    @Test
    void backsOffExponentiallyUpToTheMaximumWait() throws Exception {
        first.on("GET", "/subjects", UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, SUBJECTS);

        client(List.of(first.url()), backoff(4, 10, 25)).getAllSubjects();

        assertThat(sleeper.sleeps())
                .containsExactly(
                        Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(25), Duration.ofMillis(25));
    }

    @Test
    void givesUpAfterMaxRetries() {
        first.on("GET", "/subjects", UNAVAILABLE);

        assertThatThrownBy(() -> client(List.of(first.url()), backoff(2, 1, 1)).getAllSubjects())
                .isInstanceOfSatisfying(
                        RestClientException.class,
                        e -> assertThat(e.getStatus()).isEqualTo(503));
        assertThat(first.requests()).hasSize(3);
    }

    @Test
    void failsOverToTheNextUrlAtOnceWhenOneIsUnavailable() throws Exception {
        first.on("GET", "/subjects", UNAVAILABLE);
        second.on("GET", "/subjects", SUBJECTS);

        List<String> subjects =
                client(List.of(first.url(), second.url()), Map.of()).getAllSubjects();

        assertThat(subjects).containsExactly("t1-value");
        assertThat(first.requests()).hasSize(1);
        assertThat(second.requests()).hasSize(1);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void failsOverEvenWithRetriesSwitchedOff() throws Exception {
        first.on("GET", "/subjects", UNAVAILABLE);
        second.on("GET", "/subjects", SUBJECTS);

        List<String> subjects = client(List.of(first.url(), second.url()), Map.of("max.retries", 0))
                .getAllSubjects();

        assertThat(subjects).containsExactly("t1-value");
    }

    @Test
    void failsOverWhenTheConnectionIsRefused() throws Exception {
        second.on("GET", "/subjects", SUBJECTS);

        List<String> subjects = client(List.of(FakeRegistryServer.refusingUrl(), second.url()), Map.of())
                .getAllSubjects();

        assertThat(subjects).containsExactly("t1-value");
    }

    @Test
    void staysOnTheHealthyUrlForLaterRequests() throws Exception {
        first.on("GET", "/subjects", UNAVAILABLE);
        second.on("GET", "/subjects", SUBJECTS);
        CachedSchemaRegistryClient client = client(List.of(first.url(), second.url()), Map.of());

        client.getAllSubjects();
        client.getAllSubjects();

        assertThat(first.requests()).hasSize(1);
        assertThat(second.requests()).hasSize(2);
    }

    @Test
    void reportsTheNetworkErrorWhenNoUrlAnswers() {
        CachedSchemaRegistryClient client =
                client(List.of(FakeRegistryServer.refusingUrl(), FakeRegistryServer.refusingUrl()), backoff(3, 1, 1));

        assertThatThrownBy(client::getAllSubjects).isInstanceOf(IOException.class);
        assertThat(sleeper.sleeps()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422})
    void neitherRetriesNorFailsOverWhenTheAnswerIsTheCallersProblem(int status) {
        first.on("GET", "/schemas/ids/99", Answer.error(status, status * 100 + 1, "no"));
        second.on("GET", "/schemas/ids/99", Answer.ok("{\"schema\":\"\\\"string\\\"\"}"));

        assertThatThrownBy(() ->
                        client(List.of(first.url(), second.url()), Map.of()).getSchemaById(99))
                .isInstanceOfSatisfying(
                        RestClientException.class,
                        e -> assertThat(e.getStatus()).isEqualTo(status));
        assertThat(first.requests()).hasSize(1);
        assertThat(second.requests()).isEmpty();
    }
}
