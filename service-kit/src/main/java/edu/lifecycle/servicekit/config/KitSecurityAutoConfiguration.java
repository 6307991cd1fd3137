package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.security.AccessRules;
import edu.lifecycle.servicekit.security.AccessRulesAuthorization;
import edu.lifecycle.servicekit.security.IssuerUnavailableFilter;
import edu.lifecycle.servicekit.security.ProblemAccessDeniedHandler;
import edu.lifecycle.servicekit.security.ProblemAuthenticationEntryPoint;
import edu.lifecycle.servicekit.security.RoleClaims;
import edu.lifecycle.servicekit.security.SignInWithOpenIdConnect;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.util.StringUtils;

/**
 * Every service is an OAuth 2 resource server (ADR 12): a bearer JWT of the configured issuer on every request but
 * the public ones, checked against the service's {@link AccessRules}; no sessions, no cookies, no login page.
 *
 * <p>The decoder is Spring Boot's: it discovers the issuer's keys on the first token, not at start-up (a service may
 * start before its provider answers), and checks the issuer, the audiences and, with the validator below, the
 * timestamps within the kit's clock skew.
 */
@AutoConfiguration(
        before = {
            ServletWebSecurityAutoConfiguration.class,
            ManagementWebSecurityAutoConfiguration.class,
            OAuth2ResourceServerWebSecurityAutoConfiguration.class,
            OAuth2ResourceServerAutoConfiguration.class
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(KitSecurityProperties.class)
public class KitSecurityAutoConfiguration {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    /** Replaces the default timestamp check (60 s) with the kit's clock skew; Boot adds it to the decoder. */
    @Bean
    OAuth2TokenValidator<Jwt> kitTimestampValidator(KitSecurityProperties properties) {
        return new JwtTimestampValidator(properties.clockSkew());
    }

    @Bean
    SecurityFilterChain kitSecurityFilterChain(
            HttpSecurity http, ObjectProvider<AccessRules> rules, Environment environment) throws Exception {
        requireIssuer(environment);
        AccessRules accessRules = rules.getIfAvailable(() -> {
            throw new IllegalStateException("Declare the service's access rules: a bean of "
                    + AccessRules.class.getName() + " (AccessRules.forService(<staff role>)...build()); "
                    + "every endpoint needs a rule, none is open by default");
        });
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RoleClaims());
        var entryPoint = new ProblemAuthenticationEntryPoint();
        var deniedHandler = new ProblemAccessDeniedHandler();
        http.csrf(AbstractHttpConfigurer::disable) // bearer tokens only: no cookie a browser sends by itself
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(anonymous -> {})
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(deniedHandler))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
                .addFilterBefore(new IssuerUnavailableFilter(), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // The container's error page renders what already happened to an admitted request.
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .anyRequest()
                        .access(new AccessRulesAuthorization(accessRules)));
        return http.build();
    }

    /**
     * Spring Security's firewall, less its refusals of an encoded {@code %}, {@code .}, line feed and carriage return
     * in a path: one path parser decides both the access rule and the handler, and the HTTP contract refuses these in
     * a path variable with a 400 naming it ({@code RequestTargetRules}), which the firewall's bare 400 could not.
     */
    @Bean
    WebSecurityCustomizer kitFirewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedPercent(true);
        firewall.setAllowUrlEncodedPeriod(true);
        firewall.setAllowUrlEncodedLineFeed(true);
        firewall.setAllowUrlEncodedCarriageReturn(true);
        return web -> web.httpFirewall(firewall);
    }

    static String requireIssuer(Environment environment) {
        String issuer = environment.getProperty(ISSUER_URI);
        if (!StringUtils.hasText(issuer)) {
            throw new IllegalStateException("Set " + ISSUER_URI + " (environment SPRING_SECURITY_OAUTH2_RESOURCESERVER_"
                    + "JWT_ISSUER_URI) to the OpenID provider whose tokens this service accepts: every request but "
                    + "health and the API description needs one, and there is no switch to turn that off");
        }
        return issuer;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    static class SwaggerSignIn {

        @Bean
        SignInWithOpenIdConnect signInWithOpenIdConnect(Environment environment) {
            return new SignInWithOpenIdConnect(requireIssuer(environment));
        }
    }
}
