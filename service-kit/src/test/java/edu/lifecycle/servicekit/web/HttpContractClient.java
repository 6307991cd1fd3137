package edu.lifecycle.servicekit.web;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.security.Roles;
import edu.lifecycle.servicekit.security.TestIssuer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Talks to the contract test application on 127.0.0.1, through Java's client or raw bytes on a socket. */
record HttpContractClient(int port) {

    /** A placement officer's, the test service's staff role. */
    static final String TOKEN = TestIssuer.shared().token("officer-1", Roles.PLACEMENT_OFFICER);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer as a client sees it: status, content type and body. */
    record Answer(int status, String contentType, String body) {

        JsonNode json() {
            return KitJson.mapper().readTree(body);
        }

        /** Asserts an RFC 9457 problem of this status and returns it. */
        JsonNode problem(int expectedStatus) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(contentType).as(body).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.get("status").asInt()).isEqualTo(expectedStatus);
            assertThat(problem.get("title").asString()).isNotBlank();
            assertThat(problem.get("detail").asString()).isNotBlank();
            return problem;
        }

        /** Asserts a 400 problem whose only named field is {@code field}, and returns the message for it. */
        String invalidField(String field) {
            JsonNode problem = problem(400);
            assertThat(problem.get("errors")
                            .valueStream()
                            .map(error -> error.get("field").asString())
                            .toList())
                    .as(body)
                    .containsExactly(field);
            return problem.get("errors").get(0).get("message").asString();
        }
    }

    Answer get(String rawPath) {
        return send(HttpRequest.newBuilder(uri(rawPath)).GET());
    }

    Answer post(String rawPath, String json) {
        return send(HttpRequest.newBuilder(uri(rawPath))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends {@code request} with a placement officer's token unless it carries its own Authorization. */
    Answer send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(10)).build();
            if (built.headers().firstValue("Authorization").isEmpty()) {
                built = HttpRequest.newBuilder(built, (name, value) -> true)
                        .header("Authorization", "Bearer " + TOKEN)
                        .build();
            }
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request line as given, byte for byte, for what Java's client refuses to send; reads to the end. */
    Answer raw(String method, String target) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\nConnection: close\r\n"
                            + "Authorization: Bearer " + TOKEN + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            // ISO-8859-1 maps bytes to chars one to one, so chunk sizes count right; the body is decoded as UTF-8.
            return parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer parse(String response) {
        int headersEnd = response.indexOf("\r\n\r\n");
        String head = headersEnd < 0 ? response : response.substring(0, headersEnd);
        String body = headersEnd < 0 ? "" : response.substring(headersEnd + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = "";
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase();
            if (lower.startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).trim();
            }
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        String bytes = chunked ? unchunk(body) : body;
        return new Answer(
                status, contentType, new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String unchunk(String body) {
        var text = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            text.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return text.toString();
    }

    private URI uri(String rawPath) {
        return URI.create("http://127.0.0.1:" + port + rawPath);
    }
}
