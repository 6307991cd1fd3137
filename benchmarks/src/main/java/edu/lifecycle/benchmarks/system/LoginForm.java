package edu.lifecycle.benchmarks.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The password form of a sign-in page, as a browser would submit it: where it posts and its hidden fields (the CSRF
 * token), read from the page's HTML. A page may hold other forms (the provider's one-time-link form); only the one
 * with a password field is the sign-in.
 *
 * @param action the absolute URI the form posts to
 * @param hidden the hidden inputs' names and values, in page order
 */
record LoginForm(URI action, Map<String, String> hidden) {

    private static final Pattern FORM =
            Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    LoginForm {
        hidden = Map.copyOf(new LinkedHashMap<>(hidden));
    }

    /** The password form of {@code html}, served at {@code page}, if the page has one. */
    static Optional<LoginForm> of(URI page, String html) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String body = form.group(2);
            if (!hasPasswordField(body)) {
                continue;
            }
            // A form without an action posts back to the page it is on (URI.resolve("") would drop the file name).
            String action = unescape(attribute(form.group(1), "action").orElse(""));
            URI target = action.isBlank() ? page : page.resolve(action);
            var hidden = new LinkedHashMap<String, String>();
            Matcher input = INPUT.matcher(body);
            while (input.find()) {
                String tag = input.group();
                if (attribute(tag, "type").map("hidden"::equalsIgnoreCase).orElse(false)) {
                    attribute(tag, "name")
                            .ifPresent(name -> hidden.put(
                                    name, unescape(attribute(tag, "value").orElse(""))));
                }
            }
            return Optional.of(new LoginForm(target, hidden));
        }
        return Optional.empty();
    }

    /** The fields to post: the hidden ones and the user's credentials. */
    Map<String, String> filledIn(String username, String password) {
        var fields = new LinkedHashMap<>(hidden);
        fields.put("username", username);
        fields.put("password", password);
        return fields;
    }

    private static boolean hasPasswordField(String formBody) {
        Matcher input = INPUT.matcher(formBody);
        while (input.find()) {
            if (attribute(input.group(), "type")
                    .map("password"::equalsIgnoreCase)
                    .orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** An attribute's value, quoted with " or ' (as HTML allows both). */
    private static Optional<String> attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE)
                .matcher(tag);
        if (!value.find()) {
            return Optional.empty();
        }
        return Optional.of(value.group(1) != null ? value.group(1) : value.group(2));
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
