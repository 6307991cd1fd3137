package edu.lifecycle.registry.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** An HTTP answer from the registry under test. */
record Reply(int status, String contentType, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }

    int errorCode() {
        return json().path("error_code").asInt(-1);
    }

    String message() {
        return json().path("message").asText();
    }

    int id() {
        return json().path("id").asInt(-1);
    }

    int version() {
        return json().path("version").asInt(-1);
    }

    @Override
    public String toString() {
        return status + " " + contentType + " " + body;
    }
}
