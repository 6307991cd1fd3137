package edu.lifecycle.registry.server.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import edu.lifecycle.registry.server.log.SchemaLogException;
import java.io.IOException;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bridges the JDK HTTP server to the {@link Router}.
 *
 * <p>Content negotiation is deliberately absent: Confluent's Java client sends the JDK's default Accept header
 * (text/html, image/gif, image/jpeg, and any type at q=0.2) and a vnd, json or octet-stream Content-Type, and the
 * real registry answers all of them with its vnd JSON. Answering 406 or 415 would break those clients.
 */
public final class RegistryHttpHandler implements HttpHandler {

    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Logger log = LoggerFactory.getLogger(RegistryHttpHandler.class);

    private final Router router;

    public RegistryHttpHandler(Router router) {
        this.router = router;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Response response = answer(exchange);
            byte[] body = Json.write(response.body());
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(response.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }

    private Response answer(HttpExchange exchange) {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var uri = exchange.getRequestURI();
            return router.dispatch(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), body);
        } catch (ApiException e) {
            return e.toResponse();
        } catch (SchemaLogException e) {
            log.warn("The schema log failed: {}", e.getMessage());
            return (e.timeout() ? Errors.storeTimeout(e.getMessage()) : Errors.storeError(e.getMessage())).toResponse();
        } catch (IOException | RuntimeException e) {
            log.error("Failed to answer {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            return Errors.internal().toResponse();
        }
    }
}
