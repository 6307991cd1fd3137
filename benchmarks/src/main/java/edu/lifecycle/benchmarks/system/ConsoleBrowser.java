package edu.lifecycle.benchmarks.system;

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
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One staff member's browser on the operations console, without a browser: a cookie jar and {@code java.net.http}
 * following redirects. Signing in is the console's real OpenID Connect flow (authorization code with PKCE against the
 * embedded provider, the console keeping the verifier): open a page, get sent to the provider's sign-in page, post its
 * password form, get sent back through the console's callback to the page.
 */
final class ConsoleBrowser {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String console;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .build();

    private ConsoleBrowser(String console) {
        this.console = console.endsWith("/") ? console.substring(0, console.length() - 1) : console;
    }

    /** A browser signed in to {@code console} as {@code username}, having landed on {@code firstPage}. */
    static ConsoleBrowser signedIn(String console, String firstPage, String username, String password) {
        var browser = new ConsoleBrowser(console);
        var signInPage = browser.send(browser.page(firstPage).GET().build());
        var form = LoginForm.of(signInPage.uri(), signInPage.body())
                .orElseThrow(() -> new IllegalStateException("Opening " + firstPage + " led to no sign-in form but "
                        + signInPage.statusCode() + " at " + signInPage.uri()));
        var landed = browser.send(HttpRequest.newBuilder(form.action())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form(form.filledIn(username, password))))
                .build());
        // Spring Security marks the saved request it sends the user back to with "?continue".
        var back = landed.uri();
        if (landed.statusCode() != 200
                || !URI.create(browser.console + firstPage)
                        .equals(URI.create(back.getScheme() + "://" + back.getRawAuthority() + back.getRawPath()))) {
            throw new IllegalStateException("Signing in as " + username + " ended with " + landed.statusCode() + " at "
                    + landed.uri() + " instead of " + browser.console + firstPage);
        }
        return browser;
    }

    /**
     * Opens a page as the signed-in user, answering once its whole HTML has arrived. A page that answers anywhere
     * else (the sign-in page, once the session is lost) is answered as it is: the caller checks {@link Opened#ok()}.
     */
    Opened open(String path) {
        long begin = System.nanoTime();
        var response = send(page(path).GET().build());
        long took = System.nanoTime() - begin;
        return new Opened(
                response.statusCode(), response.uri().toString().equals(console + path), response.body(), took);
    }

    /**
     * A page as it arrived.
     *
     * @param atRequestedUrl false when the console redirected elsewhere (to sign in again)
     */
    record Opened(int status, boolean atRequestedUrl, String html, long nanos) {

        boolean ok() {
            return status == 200 && atRequestedUrl;
        }
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create(console + path))
                .timeout(TIMEOUT)
                .header("Accept", "text/html");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while opening " + request.uri(), e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
