package edu.lifecycle.benchmarks.serde;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP registry answering the two calls a producer and a consumer make once per schema: register
 * ({@code POST /subjects/<subject>/versions}) and fetch by id ({@code GET /schemas/ids/<id>}). It lets the serde run
 * with the services' own client, {@code CachedSchemaRegistryClient}, without a registry process; the request count
 * proves that no measured call reached it.
 */
final class RegistryStub {

    private static RegistryStub shared;

    private final HttpServer server;
    private final Map<String, Integer> idsByBody = new HashMap<>();
    private final List<String> bodies = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();

    private RegistryStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "registry-stub");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** The one stub of this JVM, started on first use. */
    static synchronized RegistryStub shared() {
        if (shared == null) {
            try {
                shared = new RegistryStub();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the registry stub on the loopback interface", e);
            }
        }
        return shared;
    }

    String url() {
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort();
    }

    long requests() {
        return requests.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String answer;
            int status = 200;
            if (exchange.getRequestMethod().equals("POST") && path.matches("/subjects/[^/]+/versions")) {
                answer = "{\"id\":"
                        + register(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)) + "}";
            } else if (exchange.getRequestMethod().equals("GET") && path.matches("/schemas/ids/\\d+")) {
                answer = schema(Integer.parseInt(path.substring("/schemas/ids/".length())));
            } else {
                status = 404;
                answer = "{\"error_code\":404,\"message\":\"The benchmark stub does not answer " + path + "\"}";
            }
            if (answer == null) {
                status = 404;
                answer = "{\"error_code\":40403,\"message\":\"Schema not found\"}";
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The body is {"schemaType":"AVRO","schema":"..."}; the same text gets the same id, as on the server. */
    private synchronized int register(String body) {
        return idsByBody.computeIfAbsent(body, text -> {
            bodies.add(text);
            return bodies.size();
        });
    }

    /** The registered body with its id in front, which holds the "schema" field a get-by-id answer needs. */
    private synchronized String schema(int id) {
        return id < 1 || id > bodies.size()
                ? null
                : "{\"id\":" + id + "," + bodies.get(id - 1).substring(1);
    }
}
