package edu.lifecycle.identity;

import static org.springframework.security.config.Customizer.withDefaults;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The provider's whole Spring context: a web server on the chosen loopback address, the authorization server's
 * endpoints, and the sign-in pages (password form and one-time link). It imports only the auto-configuration a web
 * server needs, so it picks up nothing else of the JVM it shares with the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({
    TomcatServletWebServerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class,
    ErrorMvcAutoConfiguration.class,
    HttpMessageConvertersAutoConfiguration.class,
    JacksonAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
})
class IdentityServerConfiguration {
    static final Duration ACCESS_TOKEN_TIME_TO_LIVE = Duration.ofMinutes(15);
    static final String SESSION_COOKIE = "LIFECYCLE_IDENTITY_SESSION";
    /** Swagger UI of the four services (ports 8091..8094) signs in with the console client. */
    private static final List<Integer> SERVICE_PORTS = List.of(8091, 8092, 8093, 8094);
    /**
     * The operations console (port 8090) signs staff in with the console client. On 127.0.0.1 the provider accepts
     * the same path on any port (RFC 8252 loopback redirection), so a console on a test's free port signs in too.
     */
    static final int OPERATIONS_CONSOLE_PORT = 8090;

    static final String OPERATIONS_CONSOLE_CALLBACK = "/login/oauth2/code/lifecycle";

    private final IdentityRuntime runtime;

    IdentityServerConfiguration(IdentityRuntime runtime) {
        this.runtime = runtime;
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> identityWebServer() {
        return factory -> {
            factory.setAddress(runtime.address());
            factory.setPort(runtime.port());
            // Cookies ignore ports: a name of its own keeps this session apart from anything else on 127.0.0.1.
            factory.getSettings().getSession().getCookie().setName(SESSION_COOKIE);
        };
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(withDefaults());
                })
                // Swagger UI (and the console) read the discovery document and exchange the code from their own
                // origin in the browser: those calls are cross-origin, allowed for the console's origins only.
                .cors(cors -> cors.configurationSource(consoleOrigins(runtime.settings())))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // A browser (or TokenClient) asking to authorize is sent to sign in first.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                // The OIDC user-info endpoint takes this provider's own access tokens.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()));
        return http.build();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        // A browser's preflight (OPTIONS) of the token endpoint lands here, outside the endpoints' POST matcher.
        http.cors(cors -> cors.configurationSource(consoleOrigins(runtime.settings())))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(withDefaults())
                .oneTimeTokenLogin(ott ->
                        ott.tokenGenerationSuccessHandler(new MailboxDelivery(runtime.mailboxes(), runtime.issuer())));
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClients() {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        List<RegisteredClient> clients = new ArrayList<>();
        for (ClientSpec spec : runtime.clients()) {
            clients.add(spec.confidential() ? confidential(spec, encoder) : console(spec));
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    private RegisteredClient confidential(ClientSpec spec, BCryptPasswordEncoder encoder) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(spec.clientId())
                .clientSecret("{bcrypt}" + encoder.encode(runtime.accounts().clientSecret(spec.clientId())))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokenSettings())
                .build();
    }

    private RegisteredClient console(ClientSpec spec) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(spec.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(consoleRedirectUris(runtime.settings())))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                // Demo users sign in to their own school's tools: no consent screen between them and the token.
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokenSettings())
                .build();
    }

    static List<String> consoleRedirectUris(IdentitySettings settings) {
        List<String> uris = new ArrayList<>(settings.redirectUris());
        for (String host : List.of("127.0.0.1", "localhost")) {
            for (int port : SERVICE_PORTS) {
                uris.add("http://" + host + ":" + port + "/swagger-ui/oauth2-redirect.html");
            }
            uris.add("http://" + host + ":" + OPERATIONS_CONSOLE_PORT + OPERATIONS_CONSOLE_CALLBACK);
        }
        return List.copyOf(uris);
    }

    /**
     * The origins of the console's redirect URIs — the pages that run the code flow in a browser — may call the
     * provider's endpoints from script: discovery, keys, token, user info. No credentials (cookies) cross.
     */
    static CorsConfigurationSource consoleOrigins(IdentitySettings settings) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(consoleRedirectUris(settings).stream()
                .map(URI::create)
                .map(uri -> uri.getScheme() + "://" + uri.getAuthority())
                .distinct()
                .toList());
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Requested-With"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    private static TokenSettings tokenSettings() {
        return TokenSettings.builder()
                .accessTokenTimeToLive(ACCESS_TOKEN_TIME_TO_LIVE)
                .build();
    }

    @Bean
    UserDetailsService demoUsers() {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        List<UserDetails> users = DemoUsers.ALL.stream()
                .map(user -> User.withUsername(user.username())
                        .password("{bcrypt}" + encoder.encode(runtime.accounts().password(user.username())))
                        .authorities(user.roles().stream()
                                .map(role -> "ROLE_" + role)
                                .toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    OAuth2AuthorizationService authorizations() {
        return new MachineTokensNotKept();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource() {
        return new ImmutableJWKSet<>(new JWKSet(runtime.signingKey()));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims() {
        return new TokenClaims(runtime.clients(), runtime.clock());
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().issuer(runtime.issuer()).build();
    }
}
