package edu.lifecycle.servicekit.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The kit's token checks ({@code lifecycle.security.*}); the issuer and audience are Spring Boot's
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code .audiences}).
 *
 * @param clockSkew how far a token's {@code exp} and {@code nbf} may be off this machine's clock
 */
@ConfigurationProperties("lifecycle.security")
public record KitSecurityProperties(@DefaultValue("60s") Duration clockSkew) {}
