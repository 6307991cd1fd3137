package edu.lifecycle.registry.server.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * HTTP Basic authentication, then the role check, in front of every route. Refusals use Confluent's error body: 401
 * with error code 401 and {@code Unauthorized} as Confluent's registry answers a missing or wrong login (and a
 * {@code WWW-Authenticate} challenge), 403 with 40301 and Confluent's wording of a denied operation.
 */
final class BasicAuthenticationFilter extends Filter {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    static final String REALM = "SchemaRegistry";
    static final int UNAUTHORIZED_CODE = 401;
    static final int FORBIDDEN_CODE = 40301;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryAccounts accounts;

    BasicAuthenticationFilter(RegistryAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        Optional<RegistryAccount> caller =
                authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
        if (caller.isEmpty()) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            refuse(exchange, 401, UNAUTHORIZED_CODE, "Unauthorized");
            return;
        }
        var needed = Permission.of(
                exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
        if (!caller.get().role().allows(needed.role())) {
            refuse(exchange, 403, FORBIDDEN_CODE, needed.deniedMessage());
            return;
        }
        chain.doFilter(exchange);
    }

    private Optional<RegistryAccount> authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String name = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        return accounts.find(name).filter(account -> account.hasPassword(password));
    }

    private static void refuse(HttpExchange exchange, int status, int errorCode, String message) throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("error_code", errorCode);
        body.put("message", message);
        byte[] bytes = JSON.writeValueAsBytes(body);
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public String description() {
        return "HTTP Basic authentication and role check";
    }
}
