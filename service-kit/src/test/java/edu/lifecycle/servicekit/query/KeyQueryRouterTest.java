package edu.lifecycle.servicekit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

class KeyQueryRouterTest {

    private static final HostInfo SELF = new HostInfo("self", 8080);
    private static final HostInfo OTHER = new HostInfo("other", 8081);

    private final KafkaStreams streams = mock(KafkaStreams.class);
    private Optional<KafkaStreams> started = Optional.of(streams);
    private final ThisInstance self = new ThisInstance(SELF.host(), SELF::port);
    private final KeyQueryRouter router = new KeyQueryRouter(
            new StoreQueries(store -> started, self), new InstanceForwarder(self, Duration.ofMillis(200)));
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/accounts/acc-1");

    @Test
    void beforeStreamsStartsTheAnswerIs503WithRetryAfter() {
        started = Optional.empty();

        assertUnavailable();
    }

    @Test
    void whileRebalancingTheAnswerIs503() {
        when(streams.state()).thenReturn(KafkaStreams.State.REBALANCING);
        when(streams.queryMetadataForKey(anyString(), any(), any(Serializer.class)))
                .thenReturn(KeyQueryMetadata.NOT_AVAILABLE);

        assertUnavailable();
    }

    @Test
    void storeMigratingLocallyIs503NotA500() {
        ownedBy(SELF);
        when(streams.store(any(StoreQueryParameters.class))).thenThrow(new InvalidStateStoreException("migrating"));

        assertUnavailable();
    }

    @Test
    void forwardedRequestForAKeyThisInstanceNoLongerOwnsIs503NotAnotherHop() {
        ownedBy(OTHER);
        request.addHeader(InstanceForwarder.FORWARDED_BY, "other:8081");

        assertUnavailable();
    }

    @Test
    void ownerThatDoesNotAnswerIs503() {
        ownedBy(new HostInfo("127.0.0.1", 1));

        assertUnavailable();
    }

    @Test
    void keyOwnedHereIsAnsweredLocally() {
        ownedBy(SELF);

        ResponseEntity<?> answer = router.route(request, "store", "acc-1", () -> ResponseEntity.ok("local"));

        assertThat(answer.getBody()).isEqualTo("local");
    }

    @Test
    void aQueryForwardedToTheOwnerCarriesTheCallersAuthorization() throws Exception {
        var seen = new java.util.concurrent.atomic.AtomicReference<String>();
        var owner = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        owner.createContext("/", exchange -> {
            try (exchange) {
                seen.set(exchange.getRequestHeaders().getFirst(HttpHeaders.AUTHORIZATION));
                byte[] body = "{\"owner\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set(HttpHeaders.CONTENT_TYPE, "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        owner.start();
        try {
            ownedBy(new HostInfo("127.0.0.1", owner.getAddress().getPort()));
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer the-callers-token");

            // An owner that answers, on a loaded machine: a forwarding timeout of its own, not the 200 ms others use.
            var patient = new KeyQueryRouter(
                    new StoreQueries(store -> started, self), new InstanceForwarder(self, Duration.ofSeconds(10)));

            ResponseEntity<?> answer = patient.get(request, "store", "acc-1", value -> value, "none");

            assertThat(answer.getStatusCode().value()).isEqualTo(200);
            assertThat(seen.get()).isEqualTo("Bearer the-callers-token");
        } finally {
            owner.stop(0);
        }
    }

    private void ownedBy(HostInfo owner) {
        when(streams.state()).thenReturn(KafkaStreams.State.RUNNING);
        when(streams.queryMetadataForKey(eq("store"), eq("acc-1"), any(Serializer.class)))
                .thenReturn(new KeyQueryMetadata(owner, Set.of(), 0));
    }

    private void assertUnavailable() {
        assertThatThrownBy(() -> router.get(request, "store", "acc-1", value -> value, "none"))
                .isInstanceOfSatisfying(StoreUnavailableException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(503);
                    assertThat(e.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
                });
    }
}
