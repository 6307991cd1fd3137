package edu.lifecycle.billing.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code next} of a page and the {@code after} of the following request: an opaque token, so clients never see
 * (nor come to depend on) how a read model keys its entries.
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
     * page). Anything else is a 400 naming {@code field}.
     */
    public static String read(String token, String prefix, String field) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        String key;
        try {
            key = new String(DECODER.decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BadRequests.field(field, "must be the 'next' of a previous page of this list");
        }
        if (!key.startsWith(prefix)) {
            throw BadRequests.field(field, "must be the 'next' of a previous page of this list");
        }
        return key;
    }
}
