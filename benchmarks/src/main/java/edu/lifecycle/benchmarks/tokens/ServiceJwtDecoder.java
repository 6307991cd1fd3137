package edu.lifecycle.benchmarks.tokens;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The decoder a service verifies every request's token with, built as Spring Boot 4.1's {@code JwtDecoderConfiguration}
 * builds it from the services' settings ({@code issuer-uri}, {@code audiences=student-lifecycle}, the kit's timestamp
 * validator with its 60 s clock skew): keys discovered from the issuer and cached, RS256, issuer, audience, expiry.
 */
final class ServiceJwtDecoder {

    /** The services' audience (service-kit {@code KitEnvironmentDefaults}). */
    static final List<String> AUDIENCES = List.of("student-lifecycle");

    /** The kit's default {@code lifecycle.security.clock-skew}. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private ServiceJwtDecoder() {}

    static JwtDecoder forIssuer(String issuer) {
        // Boot wraps the decoder in a SupplierJwtDecoder so that a service may start before its issuer answers.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder =
                    NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(List.of(
                    new JwtIssuerValidator(issuer),
                    new JwtClaimValidator<List<String>>(
                            JwtClaimNames.AUD,
                            audiences -> audiences != null && !Collections.disjoint(audiences, AUDIENCES)),
                    new JwtTimestampValidator(CLOCK_SKEW))));
            return decoder;
        });
    }
}
