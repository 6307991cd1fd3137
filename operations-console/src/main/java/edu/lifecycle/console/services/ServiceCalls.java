package edu.lifecycle.console.services;

import edu.lifecycle.console.ConsoleProperties;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET and POST to the services with the signed-in user's token (the interceptor relays it), answering what the
 * service said — never throwing on a 4xx or 5xx, because the page shows refusals in words. A page that needs several
 * answers {@link #start starts} its GETs together: its time is then that of its slowest call, not of their sum.
 */
public final class ServiceCalls implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Enough for two pages of the largest call list (the overview's fourteen) at once; beyond it, pages call in turn. */
    private static final int CALLERS = 32;

    private final Map<Service, RestClient> clients = new EnumMap<>(Service.class);
    private final ExecutorService callers = new ThreadPoolExecutor(
            0,
            CALLERS,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            new CustomizableThreadFactory("service-call-"),
            // A full pool makes the page's own thread call: slower, never refused.
            new ThreadPoolExecutor.CallerRunsPolicy());

    public ServiceCalls(ConsoleProperties properties, ClientHttpRequestInterceptor tokenRelay) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(TIMEOUT);
        Map<Service, String> urls = Map.of(
                Service.ADMISSIONS, properties.admissionsUrl(),
                Service.BILLING, properties.billingUrl(),
                Service.CURRICULUM, properties.curriculumUrl(),
                Service.PLACEMENT, properties.placementUrl());
        urls.forEach((service, url) -> clients.put(
                service,
                RestClient.builder()
                        .baseUrl(url)
                        .requestFactory(factory)
                        .requestInterceptor(tokenRelay)
                        .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE, "application/problem+json")
                        .build()));
    }

    /**
     * Starts a GET now on another thread, as the signed-in user; {@link PendingAnswer#answer()} waits for it. Start
     * every call a page needs before waiting for any.
     */
    public PendingAnswer start(Service service, String path, Object... variables) {
        var answer = new CompletableFuture<ApiAnswer>();
        callers.execute(CallerContext.carried(() -> {
            try {
                answer.complete(get(service, path, variables));
            } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
            }
        }));
        return new PendingAnswer(answer);
    }

    public ApiAnswer get(Service service, String path, Object... variables) {
        try {
            return clients.get(service)
                    .get()
                    .uri(path, variables)
                    .exchange((request, response) ->
                            answer(response.getStatusCode().value(), response.getBody(), response.getHeaders()));
        } catch (RestClientException e) {
            return ApiAnswer.unreachable(service, e.getMessage());
        }
    }

    public ApiAnswer post(Service service, Object body, String path, Object... variables) {
        try {
            return clients.get(service)
                    .post()
                    .uri(path, variables)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(body))
                    .exchange((request, response) ->
                            answer(response.getStatusCode().value(), response.getBody(), response.getHeaders()));
        } catch (RestClientException e) {
            return ApiAnswer.unreachable(service, e.getMessage());
        }
    }

    @Override
    public void close() {
        callers.shutdownNow();
    }

    private static ApiAnswer answer(int status, InputStream body, HttpHeaders headers) throws IOException {
        byte[] bytes = body.readAllBytes();
        JsonNode json = bytes.length == 0 ? JSON.createObjectNode() : readOrWrap(bytes);
        return new ApiAnswer(status, json, Optional.ofNullable(headers.getFirst(HttpHeaders.LOCATION)));
    }

    private static JsonNode readOrWrap(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (RuntimeException e) {
            return JSON.createObjectNode().put("detail", new String(bytes, StandardCharsets.UTF_8));
        }
    }
}
