package edu.lifecycle.servicekit.audit;

/**
 * A key whose live read model differs from the one rebuilt from the topics.
 *
 * @param kind {@code MISSING_LIVE} (only the rebuild has it), {@code MISSING_REBUILT} (only the live store has it) or
 *     {@code DIFFERENT}
 * @param live the live value, as JSON; {@code null} when missing
 * @param rebuilt the rebuilt value, as JSON; {@code null} when missing
 */
public record KeyDifference(String store, int partition, String key, Kind kind, Object live, Object rebuilt) {

    public enum Kind {
        MISSING_LIVE,
        MISSING_REBUILT,
        DIFFERENT
    }
}
