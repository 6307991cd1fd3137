package edu.lifecycle.servicekit.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The {@code next} of a page and the {@code after} of the following request, for a list paged by cursor
 * ({@link edu.lifecycle.servicekit.query.StorePages}): an opaque token, so clients never see (nor come to depend on)
 * how a read model keys its entries.
 */
public final class PageCursor {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private PageCursor() {}

    /** The token for a store key; {@code null} stays {@code null} (the last page). */
    public static String of(String storeKey) {
        return storeKey == null ? null : ENCODER.encodeToString(storeKey.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The store key a token names, which must lie within {@code prefix}; {@code null} stays {@code null} (the first
     * page).
     *
     * @throws InvalidRequestException 400 naming {@code field} for anything else
     */
    public static String read(String token, String prefix, String field) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        String key;
        try {
            key = new String(DECODER.decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notAPage(field);
        }
        if (!key.startsWith(prefix)) {
            throw notAPage(field);
        }
        return key;
    }

    private static InvalidRequestException notAPage(String field) {
        return new InvalidRequestException(
                List.of(new FieldProblem(field, "must be the 'next' of a previous page of this list")));
    }
}
