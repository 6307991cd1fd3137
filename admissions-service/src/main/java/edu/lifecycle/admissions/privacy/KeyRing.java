package edu.lifecycle.admissions.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The live data keys of one person, oldest first: one, or two for the moment between a rectification's request and
 * its decision (the old key still opens the stored state, the new one seals the corrected values).
 */
public record KeyRing(List<DataKey> keys) {

    public KeyRing {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a key ring holds at least one key; no key is a tombstone");
        }
    }

    public static KeyRing of(DataKey key) {
        return new KeyRing(List.of(key));
    }

    /** The key that seals new values. */
    public DataKey newest() {
        return keys.get(keys.size() - 1);
    }

    public Optional<DataKey> find(String keyId) {
        return keys.stream().filter(key -> key.id().equals(keyId)).findFirst();
    }

    public KeyRing with(DataKey key) {
        var more = new ArrayList<>(keys);
        more.add(key);
        return new KeyRing(more);
    }

    /** Only the newest key: the older ones are destroyed once nothing sealed with them is kept. */
    public KeyRing newestOnly() {
        return of(newest());
    }

    @Override
    public String toString() {
        return "KeyRing" + keys;
    }
}
