package edu.lifecycle.registry.server.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds a login by name, asked on every request: an embedding application may add accounts while it runs. */
@FunctionalInterface
public interface RegistryAccounts {

    Optional<RegistryAccount> find(String name);

    static RegistryAccounts of(Collection<RegistryAccount> accounts) {
        Map<String, RegistryAccount> byName =
                accounts.stream().collect(Collectors.toUnmodifiableMap(RegistryAccount::name, Function.identity()));
        return name -> Optional.ofNullable(byName.get(name));
    }
}
