package edu.lifecycle.console;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The four services as one stub on a free port: each answer set by method and path, every request kept with its
 * {@code Authorization} header. Unset paths answer 404 with a problem body. Requests are served on many threads, and
 * a path can be held until a number of its requests are in flight together, to prove a page asks at once.
 */
final class StubServices implements AutoCloseable {

    record Answer(int status, String body) {}

    record Received(String method, String path, String query, String authorization, String body) {}

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** For each request to a held path: whether all the requests it waited for arrived while it was in flight. */
    final List<Boolean> arrivedTogether = new CopyOnWriteArrayList<>();

    StubServices() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            var path = exchange.getRequestURI().getPath();
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    exchange.getRequestMethod(),
                    path,
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    body));
            var together = held.get(exchange.getRequestMethod() + " " + path);
            if (together != null) {
                together.countDown();
                arrivedTogether.add(awaitOthers(together));
            }
            var answer = answers.getOrDefault(
                    exchange.getRequestMethod() + " " + path,
                    new Answer(404, "{\"title\":\"Not found\",\"detail\":\"Nothing at " + path + "\"}"));
            var bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    private static boolean awaitOthers(CountDownLatch together) {
        try {
            return together.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Each request to the path waits (at most 5 s) until {@code requests} of them are in flight together. */
    void holdUntilTogether(String methodAndPath, int requests) {
        held.put(methodAndPath, new CountDownLatch(requests));
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(String methodAndPath, int status, String json) {
        answers.put(methodAndPath, new Answer(status, json));
    }

    void reset() {
        answers.clear();
        received.clear();
        held.clear();
        arrivedTogether.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
