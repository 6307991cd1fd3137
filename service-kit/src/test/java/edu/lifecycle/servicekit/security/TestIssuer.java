package edu.lifecycle.servicekit.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A minimal OpenID provider for the kit's own tests (mocked tokens are for unit tests only, ADR 12): a discovery
 * document and a JWKS on 127.0.0.1, and tokens signed with a key made for the run.
 */
public final class TestIssuer {

    public static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    private static TestIssuer shared;

    private final RSAKey key;
    private final HttpServer server;
    private final String issuer;

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/issuer";
        String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks\","
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
        serve("/issuer/.well-known/openid-configuration", discovery);
        serve("/issuer/jwks", new JWKSet(key.toPublicJWK()).toString());
        server.setExecutor(null);
        server.start();
    }

    /** One issuer for the whole test run, so that every context and child process of it trusts the same key. */
    public static synchronized TestIssuer shared() {
        if (shared == null) {
            shared = new TestIssuer();
        }
        return shared;
    }

    public String issuer() {
        return issuer;
    }

    /** A token of this issuer for the system's audience, valid for an hour, with {@code roles}. */
    public String token(String subject, String... roles) {
        return token(claims -> claims.subject(subject).claim("roles", List.of(roles)));
    }

    /** A student's token naming {@code studentId}. */
    public String studentToken(String studentId) {
        return token(claims -> claims.subject("s-" + studentId)
                .claim("roles", List.of(Roles.STUDENT))
                .claim("student_id", studentId));
    }

    /** A token holding every staff role: what the kit's tests of other things send. */
    public String anyStaffToken() {
        return token(
                "kit-tests",
                Roles.ADMISSIONS_OFFICER,
                Roles.BURSAR,
                Roles.REGISTRAR,
                Roles.PLACEMENT_OFFICER,
                Roles.OPERATIONS_VIEWER,
                Roles.OPERATIONS_ENGINEER,
                Roles.PRIVACY_OFFICER);
    }

    /** A token with this issuer, the system's audience and an hour's validity, changed by {@code change}. */
    public String token(Consumer<JWTClaimsSet.Builder> change) {
        return sign(key, claims -> {
            Instant now = Instant.now();
            claims.issuer(issuer)
                    .audience(List.of("student-lifecycle"))
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
            change.accept(claims);
        });
    }

    /** A token signed with a key nobody published. */
    public String tokenSignedByAnotherKey(String subject, String... roles) {
        try {
            var other = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            return sign(
                    other,
                    claims -> claims.issuer(issuer)
                            .audience("student-lifecycle")
                            .subject(subject)
                            .claim("roles", List.of(roles))
                            .expirationTime(Date.from(Instant.now().plusSeconds(3600))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> properties() {
        return Map.of(ISSUER_URI, shared().issuer());
    }

    private static String sign(RSAKey signingKey, Consumer<JWTClaimsSet.Builder> claims) {
        var builder = new JWTClaimsSet.Builder();
        claims.accept(builder);
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(signingKey.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                builder.build());
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private void serve(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
