package edu.lifecycle.servicekit.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem for an error the servlet container reports rather than Spring MVC: a request Tomcat refuses before any
 * servlet sees it (an encoded {@code /}, {@code \} or NUL in the path, {@code TRACE}), or a failure that escaped the
 * dispatcher (a filter's). Said in the client's words from the status alone: a container's message or exception can
 * carry internals, so none is repeated.
 */
public final class ContainerErrorProblems {

    private static final JsonMapper JSON = new JsonMapper();

    private ContainerErrorProblems() {}

    /**
     * @param status the status the container set
     * @param method the request's method
     * @param rawPath the request's path as sent (still percent-encoded)
     * @param containerMessage the container's own message, used only to recognise a refused path
     */
    public static ProblemDetail problem(int status, String method, String rawPath, String containerMessage) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 400 ->
                containerMessage != null && containerMessage.startsWith("Invalid URI")
                        ? "The request path is not acceptable: it may not contain an encoded '/' (%2F), "
                                + "a '\\' (raw or %5C) or NUL (%00), nor climb above the root with '..'."
                        : "The request cannot be read: its path, query or headers are malformed.";
            case 404 -> "There is no endpoint " + method + " " + rawPath + ".";
            case 405 -> "Method " + method + " is not allowed on " + rawPath + ".";
            case 413, 414, 431 -> "The request is too large (" + reason + ").";
            default ->
                status >= 500
                        ? "The request could not be handled because of an internal error; it has been logged."
                        : "The request cannot be handled (" + reason + ").";
        };
        String title = switch (status) {
            case 400 -> "Invalid request";
            case 404 -> "Not found";
            case 500 -> "Internal error";
            default -> reason;
        };
        var problem = Problems.problem(HttpStatusCode.valueOf(status), title, detail);
        problem.setInstance(instance(rawPath));
        return problem;
    }

    /** The same problem as JSON, for a container component that has no Spring message converter at hand. */
    public static String json(int status, String method, String rawPath, String containerMessage) {
        ProblemDetail problem = problem(status, method, rawPath, containerMessage);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        return JSON.writeValueAsString(body);
    }

    /** The path as a URI reference; what a refused path holds that a URI may not is percent-encoded. */
    private static URI instance(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return null;
        }
        var encoded = new StringBuilder();
        for (byte b : rawPath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}#?".indexOf(c) < 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        try {
            return URI.create(encoded.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
