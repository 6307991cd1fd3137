package edu.lifecycle.registry.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as a handler sees it: decoded path parameters, decoded query parameters (first value wins;
 * unknown ones are simply never asked for), and the raw body, whatever its Content-Type said.
 */
public record Request(String method, Map<String, String> pathParams, Map<String, String> query, byte[] body) {

    /** Clients may qualify subjects with the default context, {@code :.:name}; there is only that context here. */
    private static final String DEFAULT_CONTEXT_PREFIX = ":.:";

    public Request {
        pathParams = Map.copyOf(pathParams);
        query = Map.copyOf(query);
        body = body == null ? new byte[0] : body;
    }

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("The route has no path parameter " + name);
        }
        return value;
    }

    /** The {@code subject} path parameter, without a default-context prefix. */
    public String subject() {
        return unqualified(pathParam("subject"));
    }

    public static String unqualified(String subject) {
        return subject.startsWith(DEFAULT_CONTEXT_PREFIX)
                ? subject.substring(DEFAULT_CONTEXT_PREFIX.length())
                : subject;
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** A boolean query parameter; anything but {@code true} (any case) is false, as with JAX-RS. */
    public boolean flag(String name) {
        return query(name).map(value -> value.trim().equalsIgnoreCase("true")).orElse(false);
    }

    /** The body as a JSON object; an empty body is a 422 and a body that is not JSON a 400, as with Jersey. */
    public JsonNode jsonObject() {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw Errors.emptyBody();
        }
        JsonNode node;
        try {
            node = Json.parse(body);
        } catch (JsonProcessingException e) {
            throw Errors.malformedBody("The request body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw Errors.malformedBody("The request body is not JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw Errors.unprocessableBody("The request body must be a JSON object");
        }
        return node;
    }
}
