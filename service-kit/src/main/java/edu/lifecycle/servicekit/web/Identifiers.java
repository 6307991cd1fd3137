package edu.lifecycle.servicekit.web;

import java.util.regex.Pattern;

/**
 * What an identifier sent by a client may be, wherever it is sent: a path id ({@code studentId}, {@code placementId},
 * a command id) or an {@code Idempotency-Key}. It is safe in a URL, a header, a log line and a Kafka key as it is, so
 * a {@code Location} built from it never fails and nothing needs escaping downstream. {@code .} and {@code ..} are
 * refused although made of allowed characters: as a path segment they name another resource.
 */
public final class Identifiers {

    /** The rule in a client's words, as problem bodies and the README state it. */
    public static final String RULE = "1 to 100 characters among A-Z, a-z, 0-9 and . _ : -, other than . and ..";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private Identifiers() {}

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }
}
