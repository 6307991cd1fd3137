package edu.lifecycle.registry.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/** A login of the registry. Its {@link #toString} never shows the password. */
public record RegistryAccount(String name, String password, RegistryRole role) {

    public RegistryAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(role, "role");
    }

    /** Compares in constant time, so the answer's timing tells nothing about the password. */
    boolean hasPassword(String offered) {
        return MessageDigest.isEqual(
                password.getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "RegistryAccount[" + name + ", " + role + "]";
    }
}
