package edu.lifecycle.registry.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one REST call to the registry: Confluent's headers, success only on 200 (204 = no body), error bodies turned
 * into {@link RestClientException}, and retries with fail-over across the configured URLs.
 *
 * <p>Only unavailability is retried (network errors, 408, 429, 5xx): a 404 or 409 would give the same answer again.
 * Each retriable failure moves on to the next URL. URLs not yet tried in this request are tried at once, because
 * another instance may well be healthy; once every URL has failed, each retry first backs off exponentially. Every URL
 * gets one try even with {@code max.retries=0}: fail-over is what a list of URLs is for.
 */
final class RegistryHttpTransport {

    static final String SCHEMA_REGISTRY_V1_JSON = "application/vnd.schemaregistry.v1+json";
    static final String ACCEPT =
            "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json";

    private static final Logger log = LoggerFactory.getLogger(RegistryHttpTransport.class);
    private static final int MAX_ERROR_BODY_IN_MESSAGE = 200;

    private final List<RegistryEndpoint> endpoints;
    private final AtomicInteger current = new AtomicInteger();
    private final HttpClient http;
    private final Duration readTimeout;
    private final Map<String, String> extraHeaders;
    private final int maxRetries;
    private final RetryBackoff backoff;
    private final Sleeper sleeper;
    private final ObjectMapper json;

    RegistryHttpTransport(
            List<RegistryEndpoint> endpoints, SchemaRegistryClientConfig config, Sleeper sleeper, ObjectMapper json) {
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("at least one schema registry URL is required");
        }
        this.endpoints = List.copyOf(endpoints);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .build();
        this.readTimeout = config.readTimeout();
        this.extraHeaders = Map.copyOf(config.requestHeaders());
        this.maxRetries = Math.max(config.maxRetries(), this.endpoints.size() - 1);
        this.backoff = config.retryBackoff();
        this.sleeper = sleeper;
        this.json = json;
    }

    /** Returns the response body of a 200, or null for a 204. */
    String send(String method, String pathAndQuery, String jsonBody) throws IOException, RestClientException {
        int retry = 0;
        while (true) {
            int index = current.get();
            RegistryEndpoint endpoint = endpoints.get(index);
            try {
                return sendOnce(endpoint, method, pathAndQuery, jsonBody);
            } catch (RestClientException e) {
                if (!e.isRetriable() || retry >= maxRetries) {
                    throw e;
                }
                log.warn(
                        "Schema registry {} answered {} to {} {}; retrying",
                        endpoint,
                        e.getStatus(),
                        method,
                        pathAndQuery);
            } catch (IOException e) {
                if (retry >= maxRetries) {
                    throw e;
                }
                log.warn(
                        "Schema registry {} unreachable for {} {}: {}; retrying",
                        endpoint,
                        method,
                        pathAndQuery,
                        e.toString());
            }
            retry++;
            current.compareAndSet(index, (index + 1) % endpoints.size());
            if (retry >= endpoints.size()) {
                pause(backoff.delay(retry - endpoints.size()));
            }
        }
    }

    private String sendOnce(RegistryEndpoint endpoint, String method, String pathAndQuery, String jsonBody)
            throws IOException, RestClientException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.baseUrl() + pathAndQuery))
                .timeout(readTimeout)
                .header("Content-Type", SCHEMA_REGISTRY_V1_JSON)
                .header("Accept", ACCEPT)
                .method(
                        method,
                        jsonBody == null
                                ? BodyPublishers.noBody()
                                : BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        extraHeaders.forEach(request::header);
        endpoint.authorization().ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
        return switch (response.statusCode()) {
            case 200 -> response.body();
            case 204 -> null;
            default -> throw errorOf(response.statusCode(), response.body());
        };
    }

    private RestClientException errorOf(int status, String body) {
        try {
            RestBodies.ErrorAnswer error = json.readValue(body, RestBodies.ErrorAnswer.class);
            if (error != null && error.message() != null) {
                int code = error.errorCode() == null ? status : error.errorCode();
                return new RestClientException(error.message(), status, code);
            }
        } catch (IOException | RuntimeException notJson) {
            // An HTML page from a proxy or load balancer; fall through to the pseudo code.
        }
        String excerpt = body == null || body.isBlank() ? "" : ": " + abbreviate(body.strip());
        return new RestClientException(
                "Unable to parse error message from schema registry" + excerpt,
                status,
                RestClientException.JSON_PARSE_ERROR_CODE);
    }

    private void pause(Duration delay) throws InterruptedIOException {
        if (delay.isZero()) {
            return;
        }
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
    }

    private static InterruptedIOException interrupted(InterruptedException e) {
        InterruptedIOException io = new InterruptedIOException("Interrupted while calling the schema registry");
        io.initCause(e);
        return io;
    }

    private static String abbreviate(String body) {
        return body.length() <= MAX_ERROR_BODY_IN_MESSAGE ? body : body.substring(0, MAX_ERROR_BODY_IN_MESSAGE) + "…";
    }
}
