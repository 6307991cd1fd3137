package edu.lifecycle.chaos.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the services' REST APIs that behaves the way the contract asks: one {@code Idempotency-Key} per
 * intended command, the same key on every retry; it retries on connection errors, time-outs and 5xx (on the service's
 * other instance too), and follows a 202 to the command's outcome. A 4xx other than 401 is final. Every wait has a
 * deadline: a command that gets no final answer in time is reported indeterminate, never retried forever.
 */
public final class CarefulClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Supplier<String> authorization;
    private final Duration commandDeadline;
    private final AtomicLong retries = new AtomicLong();

    public CarefulClient(Supplier<String> authorization, Duration commandDeadline) {
        this.authorization = authorization;
        this.commandDeadline = commandDeadline;
    }

    /** Requests sent again after a connection error, a time-out, a 5xx, a 401 or a 202 not yet decided. */
    public long retries() {
        return retries.get();
    }

    /** Posts one intended command to any of {@code instances} until its answer is final or the deadline passes. */
    public Answer command(List<String> instances, String path, Object body, String idempotencyKey) {
        var json = JSON.writeValueAsString(body);
        long deadline = System.nanoTime() + commandDeadline.toNanos();
        int next = ThreadLocalRandom.current().nextInt(instances.size());
        int attempts = 0;
        long pause = 100;
        while (System.nanoTime() < deadline) {
            var base = instances.get(next++ % instances.size());
            attempts++;
            try {
                var response = http.send(
                        signed(HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(REQUEST_TIMEOUT)
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", idempotencyKey)
                                .POST(HttpRequest.BodyPublishers.ofString(json))),
                        HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 202) {
                    var decided = followOutcome(instances, response.body(), deadline);
                    if (decided != null) {
                        return new Answer(decided.status(), decided.body(), attempts);
                    }
                } else if (status < 500 && status != 401 && status != 429) {
                    return new Answer(status, parse(response.body()), attempts);
                }
            } catch (IOException e) {
                // refused, reset or timed out: the instance is down or the answer was lost; the key makes a retry safe
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Answer.indeterminate(attempts);
            }
            retries.incrementAndGet();
            LockSupport.parkNanos(Duration.ofMillis(pause).toNanos());
            pause = Math.min(2_000, pause * 2);
        }
        return Answer.indeterminate(attempts);
    }

    /**
     * Polls {@code GET /api/v1/commands/{id}} (any instance) until the outcome is decided; {@code null} if it is not
     * decided soon, and the caller posts again under the same key (which answers the first outcome).
     */
    private Answer followOutcome(List<String> instances, String accepted, long deadline) {
        var body = parse(accepted);
        if (body == null) {
            return null;
        }
        String location = body.path("location").asText(null);
        if (location == null) {
            location = "/api/v1/commands/" + body.path("commandId").asText();
        }
        long pollUntil =
                Math.min(deadline, System.nanoTime() + Duration.ofSeconds(15).toNanos());
        int next = 0;
        while (System.nanoTime() < pollUntil) {
            try {
                var response = http.send(
                        signed(HttpRequest.newBuilder(URI.create(instances.get(next++ % instances.size()) + location))
                                .timeout(REQUEST_TIMEOUT)
                                .GET()),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    var outcome = parse(response.body());
                    boolean acceptedOutcome =
                            "ACCEPTED".equals(outcome.path("status").asText());
                    return new Answer(acceptedOutcome ? 200 : 409, outcome, 1);
                }
            } catch (IOException e) {
                // try the other instance
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            retries.incrementAndGet();
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        return null;
    }

    /** GETs a read model until it answers as {@code expected}, or {@code null} after {@code limit}. */
    public JsonNode await(List<String> instances, String path, Predicate<Integer> expected, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        int next = 0;
        while (System.nanoTime() < deadline) {
            var answer = get(instances.get(next++ % instances.size()), path);
            if (answer != null && expected.test(answer.status())) {
                return answer.body() == null ? JSON.createObjectNode() : answer.body();
            }
            LockSupport.parkNanos(Duration.ofMillis(150).toNanos());
        }
        return null;
    }

    /** One GET; {@code null} if the instance did not answer. */
    public Answer get(String base, String path) {
        try {
            var response = http.send(
                    signed(HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(REQUEST_TIMEOUT)
                            .GET()),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()), 1);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private HttpRequest signed(HttpRequest.Builder request) {
        return request.header("Authorization", authorization.get()).build();
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
