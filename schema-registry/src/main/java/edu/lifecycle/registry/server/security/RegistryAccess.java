package edu.lifecycle.registry.server.security;

import com.sun.net.httpserver.HttpContext;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may call the registry: nobody without a login once accounts are given (no anonymous access), or anybody
 * ({@link #open}) where the registry lives inside a test of the protocol itself.
 */
public final class RegistryAccess {

    private final Optional<RegistryAccounts> accounts;

    private RegistryAccess(Optional<RegistryAccounts> accounts) {
        this.accounts = accounts;
    }

    /** HTTP Basic logins required on every request; a reader may not write. */
    public static RegistryAccess basic(RegistryAccounts accounts) {
        return new RegistryAccess(Optional.of(Objects.requireNonNull(accounts, "accounts")));
    }

    /** No login asked: only for a registry that nobody else can reach, such as one inside a protocol test. */
    public static RegistryAccess open() {
        return new RegistryAccess(Optional.empty());
    }

    public boolean requiresLogin() {
        return accounts.isPresent();
    }

    /** Puts the check in front of every route of the context. */
    public void install(HttpContext context) {
        accounts.ifPresent(known -> context.getFilters().add(new BasicAuthenticationFilter(known)));
    }

    @Override
    public String toString() {
        return requiresLogin() ? "RegistryAccess[HTTP Basic, readers and writers]" : "RegistryAccess[open]";
    }
}
