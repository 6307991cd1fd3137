package edu.lifecycle.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to the services, as a client of their public APIs would speak it: a 202 is followed to the
 * command's outcome, and a 503 (a store moving between instances) is retried until a deadline.
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Supplier<String> authorization;

    /**
     * @param authorization the {@code Authorization} header of every request, e.g. a renewed
     *     {@code "Bearer <token>"}; {@code null} from it sends none
     */
    public Api(Supplier<String> authorization) {
        this.authorization = Objects.requireNonNull(authorization, "authorization");
    }

    /** An answer: its status and its JSON body ({@code null} when empty). */
    public record Reply(int status, JsonNode body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String text(String field) {
            var node = body == null ? null : body.get(field);
            return node == null || node.isNull() ? null : node.asText();
        }
    }

    /** Posts a command and returns its decided outcome: the 2xx view or the problem. */
    public Reply post(String url, Object body) {
        var reply = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        if (reply.status() == 202) {
            return followOutcome(url, reply);
        }
        return reply;
    }

    /** Posts and insists on success: a refusal here is a bug of the generator or of a service. */
    public Reply command(String url, Object body) {
        var reply = post(url, body);
        if (!reply.ok()) {
            throw new IllegalStateException("POST " + url + " was refused: " + reply);
        }
        return reply;
    }

    public Reply get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Polls a read model until it shows what is expected; fails with the last answer after a deadline. */
    public Reply await(String url, Predicate<Reply> expected) {
        var deadline = Instant.now().plus(DEADLINE);
        var reply = get(url);
        while (!expected.test(reply)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("GET " + url + " never showed what was expected; last: " + reply);
            }
            pause();
            reply = get(url);
        }
        return reply;
    }

    private Reply followOutcome(String url, Reply accepted) {
        var base = URI.create(url).resolve("/").toString();
        var location = base
                + stripLeadingSlash(
                        accepted.text("location") != null
                                ? accepted.text("location")
                                : "api/v1/commands/" + accepted.text("commandId"));
        var outcome = await(location, reply -> reply.status() == 200);
        var status = outcome.text("status");
        return new Reply("ACCEPTED".equals(status) ? 200 : 409, outcome.body().get("view"));
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private Reply send(HttpRequest.Builder request) {
        var deadline = Instant.now().plus(DEADLINE);
        while (true) {
            try {
                var value = authorization.get();
                var signed = value == null ? request : request.copy().header("Authorization", value);
                var response = http.send(signed.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 503 && Instant.now().isBefore(deadline)) {
                    pause();
                    continue;
                }
                var body = response.body().isBlank() ? null : JSON.readTree(response.body());
                return new Reply(response.statusCode(), body);
            } catch (IOException e) {
                throw new IllegalStateException(
                        "Cannot reach " + request.build().uri() + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
    }

    private static void pause() {
        LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
}
