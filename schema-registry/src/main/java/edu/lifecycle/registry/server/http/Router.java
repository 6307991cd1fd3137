package edu.lifecycle.registry.server.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps method and path to a handler. Patterns are literal segments and {@code {name}} captures; a known path with
 * another method is a 405, an unknown path a 404 with error code 404, as Confluent's Jersey answers.
 */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    public Router get(String pattern, Handler handler) {
        return add("GET", pattern, handler);
    }

    public Router post(String pattern, Handler handler) {
        return add("POST", pattern, handler);
    }

    public Router put(String pattern, Handler handler) {
        return add("PUT", pattern, handler);
    }

    public Router delete(String pattern, Handler handler) {
        return add("DELETE", pattern, handler);
    }

    private Router add(String method, String pattern, Handler handler) {
        routes.add(new Route(method, segments(pattern), handler));
        return this;
    }

    /**
     * Finds the handler of a request whose path and query are still percent-encoded.
     *
     * @throws ApiException 404 for an unknown path, 405 for a known path with another method
     */
    Routed route(String method, String rawPath, String rawQuery, byte[] body) {
        List<String> path =
                segments(rawPath).stream().map(Router::decodePathSegment).toList();
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> params = route.match(path);
            if (params == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Routed(route.handler(), new Request(method, params, query(rawQuery), body));
            }
            pathKnown = true;
        }
        throw pathKnown ? Errors.methodNotAllowed() : Errors.notFound();
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    /** Unlike a query, a path keeps '+' literal; only percent-escapes are decoded (so {@code %2F} may be in a subject). */
    private static String decodePathSegment(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(name, value);
        }
        return params;
    }

    /** A request and the handler that answers it. */
    record Routed(Handler handler, Request request) {

        Response handle() {
            return handler.handle(request);
        }
    }

    private record Route(String method, List<String> pattern, Handler handler) {

        /** The captured parameters, or {@code null} when the path does not fit the pattern. */
        Map<String, String> match(List<String> path) {
            if (path.size() != pattern.size()) {
                return null;
            }
            Map<String, String> params = new HashMap<>();
            for (int i = 0; i < pattern.size(); i++) {
                String expected = pattern.get(i);
                if (expected.startsWith("{") && expected.endsWith("}")) {
                    params.put(expected.substring(1, expected.length() - 1), path.get(i));
                } else if (!expected.equals(path.get(i))) {
                    return null;
                }
            }
            return params;
        }
    }
}
