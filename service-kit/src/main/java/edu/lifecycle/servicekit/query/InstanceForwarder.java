package edu.lifecycle.servicekit.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** Asks another instance of the service, over HTTP, the same GET a client asked this one. */
public final class InstanceForwarder {

    /** Marks a forwarded request: the receiver answers from its own stores and never forwards again. */
    public static final String FORWARDED_BY = "X-Forwarded-By-Instance";

    private final ThisInstance self;
    private final Duration timeout;
    private final HttpClient client;

    public InstanceForwarder(ThisInstance self, Duration timeout) {
        this.self = self;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The owner's answer to {@code GET pathAndQuery}, unchanged: status, content type, body, Retry-After. */
    public ResponseEntity<byte[]> get(HostInfo owner, String pathAndQuery) {
        return get(owner, pathAndQuery, null);
    }

    /**
     * The owner's answer to {@code GET pathAndQuery} asked with the client's {@code authorization}: the owner applies
     * the same access rules to the same caller, so there is no anonymous path between instances (ADR 12).
     */
    public ResponseEntity<byte[]> get(HostInfo owner, String pathAndQuery, String authorization) {
        var builder = HttpRequest.newBuilder(URI.create("http://" + owner.host() + ":" + owner.port() + pathAndQuery))
                .timeout(timeout)
                .header(FORWARDED_BY, self.applicationServer())
                .GET();
        if (authorization != null && !authorization.isBlank()) {
            builder.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        var request = builder.build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new StoreUnavailableException(
                    "The instance holding this data does not answer; retry in a moment.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Interrupted while asking the instance holding this data.", e);
        }
        var headers = new HttpHeaders();
        for (String name : new String[] {
            HttpHeaders.CONTENT_TYPE, HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION, HttpHeaders.WWW_AUTHENTICATE
        }) {
            response.headers().firstValue(name).ifPresent(value -> headers.set(name, value));
        }
        return ResponseEntity.status(HttpStatusCode.valueOf(response.statusCode()))
                .headers(headers)
                .body(response.body());
    }
}
