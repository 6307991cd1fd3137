package edu.lifecycle.demo;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the four services listen, e.g. {@code http://127.0.0.1:8091}, and who calls them.
 *
 * @param authorization the {@code Authorization} header value of every request ({@code "Bearer <token>"}, renewed by
 *     the supplier as it expires)
 */
public record ServiceUrls(
        String admissions, String billing, String curriculum, String placement, Supplier<String> authorization) {

    public ServiceUrls {
        Objects.requireNonNull(authorization, "authorization: every service refuses anonymous requests");
    }

    /** A client of the services' public APIs, signed in as {@link #authorization}. */
    public Api api() {
        return new Api(authorization);
    }
}
