package edu.lifecycle.registry.client;

/**
 * A global or subject-level registry config. Either field may be null when the server does not report it (or, on
 * update, when it should be left unchanged).
 */
public record RegistryConfig(String compatibilityLevel, Boolean normalize) {

    public static RegistryConfig compatibility(String level) {
        return new RegistryConfig(level, null);
    }
}
