package edu.lifecycle.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Obtains access tokens from an OpenID provider over plain HTTP ({@code java.net.http}), with no Spring context: for
 * the demo, benchmarks and tests. Client credentials work against any provider; signing a demo user in without a
 * password ({@link #user(String)}) needs the embedded provider's mailbox folder.
 */
public final class TokenClient {
    /** Where the authorization code is sent; never followed, so nothing needs to listen there. */
    static final String REDIRECT_URI = "http://127.0.0.1:8091/swagger-ui/oauth2-redirect.html";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern INPUT = Pattern.compile("<input[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern LINK = Pattern.compile("https?://\\S+[?&]token=([^\\s&]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** One sign-in at a time per mailbox: a link read must be the one this sign-in asked for. */
    private static final Map<Path, Object> MAILBOX_LOCKS = new ConcurrentHashMap<>();

    private final String issuer;
    private final Optional<Path> mailboxes;
    private final HttpClient http;

    /** A client of {@code issuer} for client credentials only. */
    public TokenClient(String issuer) {
        this(issuer, null);
    }

    /** A client of the embedded provider at {@code issuer} whose users' mailboxes are in {@code mailboxes}. */
    public TokenClient(String issuer, Path mailboxes) {
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        this.mailboxes = Optional.ofNullable(mailboxes);
        this.http = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public String issuer() {
        return issuer;
    }

    /** A client-credentials token ({@code POST <issuer>/oauth2/token}, {@code client_secret_basic}, no scope). */
    public AccessToken clientCredentials(String clientId, String clientSecret) {
        String credentials = form(Map.of("a", clientId)).substring(2) + ":"
                + form(Map.of("a", clientSecret)).substring(2);
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .timeout(TIMEOUT)
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "client_credentials"))))
                .build();
        return accessToken(send(http, request), "client credentials of " + clientId);
    }

    /**
     * Signs a demo user in without a password, as a browser would: authorization code with PKCE on the public console
     * client, the sign-in done by a one-time link read from the user's mailbox.
     */
    public AccessToken user(String username) {
        Path mailbox = mailboxes
                .orElseThrow(() -> new IllegalStateException("This TokenClient knows no mailbox folder"))
                .resolve(username);
        synchronized (MAILBOX_LOCKS.computeIfAbsent(mailbox.toAbsolutePath(), path -> new Object())) {
            return new SignIn().run(page -> {
                String before = Files.exists(mailbox) ? PrivateFiles.read(mailbox) : "";
                HttpResponse<String> sent = page.post("/ott/generate", Map.of("username", username));
                page.expectRedirect(sent, "one-time link for " + username);
                String message = Files.exists(mailbox) ? PrivateFiles.read(mailbox) : "";
                Matcher link = LINK.matcher(message);
                if (message.equals(before) || !link.find()) {
                    throw new TokenRequestException("No sign-in link arrived in the mailbox of " + username, 0);
                }
                HttpResponse<String> submitPage = page.get(URI.create(link.group()));
                return page.postWithCsrfOf(submitPage, "/login/ott", Map.of("token", decode(link.group(1))));
            });
        }
    }

    /** Signs a user in with their password through the login form, then as {@link #user(String)}. */
    public AccessToken user(String username, String password) {
        return new SignIn()
                .run(page -> page.postWithCsrfOf(
                        page.loginPage, "/login", Map.of("username", username, "password", password)));
    }

    /** Keeps a token from {@code source}, renewing it 60 s before expiry; {@link BearerTokens#get()} is "Bearer ...". */
    public BearerTokens cached(Supplier<AccessToken> source) {
        return new BearerTokens(source, Clock.systemUTC());
    }

    /** One browser session: a cookie jar, the PKCE pair, and the pages it has seen. */
    private final class SignIn {
        private final HttpClient browser = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        private final String verifier = random(32);
        private final String state = random(16);
        private HttpResponse<String> loginPage;

        AccessToken run(SignInStep signIn) {
            HttpResponse<String> authorize =
                    get(URI.create(issuer + "/oauth2/authorize?" + form(authorizeParameters())));
            loginPage = follow(authorize);
            HttpResponse<String> signedIn = signIn.perform(this);
            String code = code(signedIn);
            HttpRequest exchange = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                            "grant_type", "authorization_code",
                            "code", code,
                            "redirect_uri", REDIRECT_URI,
                            "client_id", Clients.CONSOLE,
                            "code_verifier", verifier))))
                    .build();
            return accessToken(send(browser, exchange), "authorization code");
        }

        private Map<String, String> authorizeParameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("response_type", "code");
            parameters.put("client_id", Clients.CONSOLE);
            parameters.put("redirect_uri", REDIRECT_URI);
            parameters.put("scope", "openid");
            parameters.put("code_challenge", challenge(verifier));
            parameters.put("code_challenge_method", "S256");
            parameters.put("state", state);
            return parameters;
        }

        /** Follows redirects after signing in until the provider sends the browser to the redirect URI. */
        private String code(HttpResponse<String> response) {
            HttpResponse<String> current = response;
            for (int hops = 0; hops < 10; hops++) {
                Optional<String> location = current.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new TokenRequestException(
                            "Sign-in did not lead back to the client (" + current.statusCode() + " at " + current.uri()
                                    + ")",
                            current.statusCode());
                }
                URI next = current.uri().resolve(location.get());
                if (next.toString().startsWith(REDIRECT_URI)) {
                    Map<String, String> query = query(next);
                    if (!state.equals(query.get("state")) || query.get("code") == null) {
                        throw new TokenRequestException("The provider answered the sign-in with " + query.keySet(), 0);
                    }
                    return query.get("code");
                }
                current = get(next);
            }
            throw new TokenRequestException("Too many redirects while signing in", 0);
        }

        private HttpResponse<String> follow(HttpResponse<String> response) {
            HttpResponse<String> current = response;
            for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
                current = get(current.uri()
                        .resolve(current.headers().firstValue("Location").orElseThrow()));
            }
            return current;
        }

        HttpResponse<String> get(URI uri) {
            return send(
                    browser,
                    HttpRequest.newBuilder(uri)
                            .timeout(TIMEOUT)
                            .header("Accept", "text/html")
                            .GET()
                            .build());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            return postWithCsrfOf(loginPage, path, fields);
        }

        HttpResponse<String> postWithCsrfOf(HttpResponse<String> page, String path, Map<String, String> fields) {
            Map<String, String> body = new LinkedHashMap<>(fields);
            body.put("_csrf", csrf(page));
            return send(
                    browser,
                    HttpRequest.newBuilder(URI.create(issuer + path))
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/html")
                            .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                            .build());
        }

        void expectRedirect(HttpResponse<String> response, String what) {
            if (response.statusCode() / 100 != 3) {
                throw new TokenRequestException(
                        "Asking for the " + what + " answered " + response.statusCode(), response.statusCode());
            }
        }
    }

    @FunctionalInterface
    private interface SignInStep {
        HttpResponse<String> perform(SignIn page);
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher input = INPUT.matcher(page.body());
        while (input.find()) {
            if (input.group().contains("name=\"_csrf\"")) {
                Matcher value = VALUE.matcher(input.group());
                if (value.find()) {
                    return value.group(1);
                }
            }
        }
        throw new TokenRequestException(
                "No sign-in form at " + page.uri() + " (" + page.statusCode() + ")", page.statusCode());
    }

    private static AccessToken accessToken(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new TokenRequestException(
                    "The provider refused the token request (" + what + "): " + response.statusCode(),
                    response.statusCode());
        }
        Map<?, ?> body = JSON.readValue(response.body(), Map.class);
        String value = String.valueOf(body.get("access_token"));
        return new AccessToken(value, expiresAt(value, body.get("expires_in")));
    }

    /** The token's own {@code exp} when it is a JWT (exact even for a token issued expired), else {@code expires_in}. */
    private static Instant expiresAt(String token, Object expiresIn) {
        String[] parts = token.split("\\.");
        if (parts.length == 3) {
            Map<?, ?> claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
            if (claims.get("exp") instanceof Number exp) {
                return Instant.ofEpochSecond(exp.longValue());
            }
        }
        long seconds = expiresIn instanceof Number number ? number.longValue() : 0;
        return Instant.now().plusSeconds(seconds);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + request.uri(), e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
                }
            }
        }
        return parameters;
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
