package edu.lifecycle.registry.server.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import edu.lifecycle.registry.server.log.SchemaLogException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bridges the JDK HTTP server to the {@link Router}, with Confluent's content negotiation: the response type follows
 * the Accept header as Jersey chooses it ({@link ContentNegotiation}), and a request that accepts none of the
 * registry's JSON types is a 406 once its route is known. Request bodies are read whatever their Content-Type:
 * Confluent's clients send vnd, json or octet-stream, and the real registry takes all of them.
 */
public final class RegistryHttpHandler implements HttpHandler {

    private static final String CONTENT_TYPE = ContentNegotiation.REGISTRY_JSON;
    private static final Logger log = LoggerFactory.getLogger(RegistryHttpHandler.class);

    private final Router router;

    public RegistryHttpHandler(Router router) {
        this.router = router;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Optional<String> negotiated =
                    ContentNegotiation.choose(exchange.getRequestHeaders().get("Accept"));
            Response response = answer(exchange, negotiated);
            byte[] body = Json.write(response.body());
            // Errors follow the negotiated type too; with none acceptable, Confluent's configured default type.
            exchange.getResponseHeaders().set("Content-Type", negotiated.orElse(CONTENT_TYPE));
            exchange.sendResponseHeaders(response.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }

    private Response answer(HttpExchange exchange, Optional<String> negotiated) {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var uri = exchange.getRequestURI();
            Router.Routed routed = router.route(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), body);
            // Jersey matches path and method before it negotiates the type: an unknown path stays a 404.
            if (negotiated.isEmpty()) {
                throw Errors.notAcceptable();
            }
            return routed.handle();
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
