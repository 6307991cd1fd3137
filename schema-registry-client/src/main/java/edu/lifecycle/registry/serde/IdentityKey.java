package edu.lifecycle.registry.serde;

/**
 * A cache key comparing its parts by identity. Schemas are deep structures whose equals walks every field; serdes see
 * the same few Schema instances over and over, so identity is both cheaper and enough.
 */
record IdentityKey(Object first, Object second, Object third) {

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityKey key && key.first == first && key.second == second && key.third == third;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * System.identityHashCode(first) + System.identityHashCode(second))
                + System.identityHashCode(third);
    }
}
