package edu.lifecycle.servicekit.topic;

import java.util.Objects;

/**
 * Turns a topic's base name ({@code admissions.events}) into the name on the broker. The prefix is empty in a real
 * deployment; tests sharing one broker give each run its own, so that their topics never meet.
 */
public record TopicNames(String prefix) {

    public TopicNames {
        Objects.requireNonNull(prefix, "prefix");
    }

    public static TopicNames unprefixed() {
        return new TopicNames("");
    }

    public String of(String baseName) {
        return prefix + baseName;
    }
}
