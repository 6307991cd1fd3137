package edu.lifecycle.benchmarks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the provider's sign-in page as a browser would submit it. */
class LoginFormTest {

    private static final URI PAGE = URI.create("http://127.0.0.1:40123/login");

    /** Spring Security's generated page with a one-time-link form before the password form. */
    private static final String SIGN_IN_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><title>Please sign in</title></head>
            <body><div class="content">
              <form id="ott-form" class="login-form" method="post" action="/ott/generate">
                <h2>Request a One-Time Token</h2>
                <input type="text" id="ott-username" name="username" placeholder="Username" required>
                <input name="_csrf" type="hidden" value="ott-token" />
                <button class="primary" type="submit" form="ott-form">Send Token</button>
              </form>
              <form class="login-form" method="post" action="/login">
                <h2>Please sign in</h2>
                <input type="text" id="username" name="username" placeholder="Username" required autofocus>
                <input type="password" id="password" name="password" placeholder="Password" required>
                <input name="_csrf" type="hidden" value="Xy-12_ab&amp;cd" />
                <button type="submit" class="primary">Sign in</button>
              </form>
            </div></body></html>
            """;

    @Test
    void findsThePasswordFormAmongTheOthersAndPostsToItsActionOnTheProvider() {
        var form = LoginForm.of(PAGE, SIGN_IN_PAGE).orElseThrow();

        assertThat(form.action()).isEqualTo(URI.create("http://127.0.0.1:40123/login"));
        assertThat(form.hidden()).isEqualTo(Map.of("_csrf", "Xy-12_ab&cd"));
    }

    @Test
    void postsTheHiddenFieldsWithTheCredentials() {
        var form = LoginForm.of(PAGE, SIGN_IN_PAGE).orElseThrow();

        assertThat(form.filledIn("bursar", "s3cret"))
                .containsExactly(
                        Map.entry("_csrf", "Xy-12_ab&cd"),
                        Map.entry("username", "bursar"),
                        Map.entry("password", "s3cret"));
    }

    @Test
    void readsSingleQuotedAttributesAndPostsBackToThePageWithoutAnAction() {
        var html = "<FORM method='post'><input type='password' name='password'>"
                + "<input type='hidden' name='state' value='a b'></FORM>";

        var form = LoginForm.of(URI.create("http://127.0.0.1:9000/sign-in?x=1"), html)
                .orElseThrow();

        assertThat(form.action()).isEqualTo(URI.create("http://127.0.0.1:9000/sign-in?x=1"));
        assertThat(form.hidden()).isEqualTo(Map.of("state", "a b"));
    }

    @Test
    void aPageWithoutAPasswordFieldHasNoSignInForm() {
        var consolePage = "<form action=\"/logout\" method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"t\">"
                + "<button>Sign out</button></form>";

        assertThat(LoginForm.of(PAGE, consolePage)).isEmpty();
    }
}
