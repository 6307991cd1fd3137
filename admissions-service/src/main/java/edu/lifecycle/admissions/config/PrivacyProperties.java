package edu.lifecycle.admissions.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How admissions keeps personal data ({@code lifecycle.admissions.privacy}, docs/privacy.md).
 *
 * @param keyCacheSize how many people's data keys one instance holds in memory at most (least recently used out)
 * @param keyCacheTimeToLive how long a cached key is trusted before the key topic is read again: the longest another
 *     instance may use a key this one destroyed
 * @param supersededValueBound the compaction bound of the profile and key topics: their {@code segment.ms} and
 *     {@code max.compaction.lag.ms}. A superseded profile or destroyed key is gone from the broker's disk within about
 *     twice this, plus one pass of the log cleaner, while the topic receives writes
 */
@ConfigurationProperties("lifecycle.admissions.privacy")
public record PrivacyProperties(Integer keyCacheSize, Duration keyCacheTimeToLive, Duration supersededValueBound) {

    public PrivacyProperties {
        keyCacheSize = keyCacheSize == null ? 10_000 : keyCacheSize;
        keyCacheTimeToLive = keyCacheTimeToLive == null ? Duration.ofMinutes(10) : keyCacheTimeToLive;
        supersededValueBound = supersededValueBound == null ? Duration.ofDays(7) : supersededValueBound;
        if (keyCacheSize < 1) {
            throw new IllegalArgumentException("lifecycle.admissions.privacy.key-cache-size must be at least 1");
        }
        if (supersededValueBound.isNegative()
                || supersededValueBound.isZero()
                || supersededValueBound.compareTo(Duration.ofDays(15)) > 0) {
            // Twice the bound must stay within the 30 days docs/privacy.md promises.
            throw new IllegalArgumentException(
                    "lifecycle.admissions.privacy.superseded-value-bound must be positive and at most 15 days, not "
                            + supersededValueBound);
        }
    }
}
