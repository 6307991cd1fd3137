package edu.lifecycle.registry.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for a remote schema registry on 127.0.0.1: it records every request and plays back scripted answers, so
 * tests can check the exact HTTP a client sends and how it reacts to any answer. Unscripted requests get the server's
 * 404 for unknown paths.
 */
public final class FakeRegistryServer implements AutoCloseable {

    public record RecordedRequest(String method, String target, Map<String, List<String>> headers, String body) {

        /** The path without the query string. */
        public String path() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(",", entry.getValue()))
                    .findFirst()
                    .orElse(null);
        }
    }

    public record Answer(int status, String body) {

        public static Answer ok(String json) {
            return new Answer(200, json);
        }

        public static Answer error(int status, int errorCode, String message) {
            return new Answer(status, "{\"error_code\":" + errorCode + ",\"message\":\"" + message + "\"}");
        }
    }

    private final HttpServer server;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> script = new ConcurrentHashMap<>();

    private FakeRegistryServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeRegistryServer start() {
        try {
            return new FakeRegistryServer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot bind a loopback port", e);
        }
    }

    /** A loopback URL nobody listens on, so connecting to it is refused. */
    public static String refusingUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Scripts the answers to {@code method target}, where target is a path with or without its query string. Answers
     * are given in turn; the last one repeats.
     */
    public FakeRegistryServer on(String method, String target, Answer... answers) {
        script.put(method + " " + target, new ArrayDeque<>(List.of(answers)));
        return this;
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<RecordedRequest> requests(String method, String path) {
        return requests.stream()
                .filter(request ->
                        request.method().equals(method) && request.path().equals(path))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getRawQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RecordedRequest request = new RecordedRequest(
                exchange.getRequestMethod(), target, Map.copyOf(exchange.getRequestHeaders()), body);
        requests.add(request);
        Answer answer = answerFor(request);
        byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(answer.status(), answer.status() == 204 ? -1 : bytes.length);
        if (answer.status() != 204) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private Answer answerFor(RecordedRequest request) {
        Deque<Answer> answers = script.get(request.method() + " " + request.target());
        if (answers == null) {
            answers = script.get(request.method() + " " + request.path());
        }
        if (answers == null) {
            return Answer.error(404, 404, "HTTP 404 Not Found");
        }
        synchronized (answers) {
            return answers.size() > 1 ? answers.poll() : answers.peek();
        }
    }

    /** All recorded request targets, for readable assertion failures. */
    public List<String> targets() {
        List<String> targets = new ArrayList<>();
        requests.forEach(request -> targets.add(request.method() + " " + request.target()));
        return targets;
    }
}
