package edu.lifecycle.registry.server.config;

import edu.lifecycle.registry.server.CompatibilityLevel;
import edu.lifecycle.registry.server.records.Mode;
import edu.lifecycle.registry.server.records.RegistryValue.ConfigValue;
import edu.lifecycle.registry.server.store.SchemaStore;
import java.util.Objects;
import java.util.Optional;

/** Which settings apply to a subject: its own, else the global ones, else the server defaults. */
public final class EffectiveConfig {

    private final SchemaStore store;
    private final CompatibilityLevel defaultCompatibility;

    public EffectiveConfig(SchemaStore store, CompatibilityLevel defaultCompatibility) {
        this.store = Objects.requireNonNull(store, "store");
        this.defaultCompatibility = Objects.requireNonNull(defaultCompatibility, "defaultCompatibility");
    }

    public CompatibilityLevel compatibility(String subject) {
        return store.config(subject)
                .map(ConfigValue::compatibilityLevel)
                .or(() -> globalConfig().map(ConfigValue::compatibilityLevel))
                .orElse(defaultCompatibility);
    }

    public CompatibilityLevel globalCompatibility() {
        return globalConfig().map(ConfigValue::compatibilityLevel).orElse(defaultCompatibility);
    }

    /** Whether schemas of the subject are stored in normalized form even when the request does not ask for it. */
    public boolean normalize(String subject) {
        return store.config(subject)
                .map(ConfigValue::normalize)
                .or(() -> globalConfig().map(ConfigValue::normalize))
                .orElse(false);
    }

    public Mode mode(String subject) {
        return store.mode(subject).or(() -> store.mode(null)).orElse(Mode.READWRITE);
    }

    public Mode globalMode() {
        return store.mode(null).orElse(Mode.READWRITE);
    }

    private Optional<ConfigValue> globalConfig() {
        return store.config(null);
    }
}
