package edu.lifecycle.registry.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Talks to a registry over real HTTP, sending what Confluent's Java client sends unless told otherwise. */
final class RegistryHttp {

    static final String REGISTRY_JSON = "application/vnd.schemaregistry.v1+json";
    /** What {@code HttpURLConnection} sends when nobody sets Accept, and so what Confluent's client sends. */
    static final String JDK_DEFAULT_ACCEPT = "text/html, image/gif, image/jpeg, */*; q=0.2";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    RegistryHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Reply get(String path) {
        return send("GET", path, null, REGISTRY_JSON, JDK_DEFAULT_ACCEPT);
    }

    Reply delete(String path) {
        return send("DELETE", path, null, REGISTRY_JSON, JDK_DEFAULT_ACCEPT);
    }

    Reply post(String path, String body) {
        return send("POST", path, body, REGISTRY_JSON, JDK_DEFAULT_ACCEPT);
    }

    Reply put(String path, String body) {
        return send("PUT", path, body, REGISTRY_JSON, JDK_DEFAULT_ACCEPT);
    }

    Reply send(String method, String path, String body, String contentType, String accept) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (accept != null) {
            builder.header("Accept", accept);
        }
        var request = builder.build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    Reply register(String subject, String schema) {
        return post("/subjects/" + encode(subject) + "/versions", schemaBody(schema));
    }

    Reply lookUp(String subject, String schema) {
        return post("/subjects/" + encode(subject), schemaBody(schema));
    }

    Reply setCompatibility(String subject, String level) {
        return put("/config/" + encode(subject), "{\"compatibility\":\"" + level + "\"}");
    }

    Reply setMode(String subject, String mode) {
        return put("/mode/" + encode(subject), "{\"mode\":\"" + mode + "\"}");
    }

    /** The body Confluent's serializer sends: {@code {"schemaType":"AVRO","schema":"..."}}. */
    static String schemaBody(String schema) {
        ObjectNode body = JSON.createObjectNode().put("schemaType", "AVRO").put("schema", schema);
        return body.toString();
    }

    /** The text as a JSON string literal, quotes and escapes included. */
    static String jsonString(String text) {
        return JSON.getNodeFactory().textNode(text).toString();
    }

    static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
