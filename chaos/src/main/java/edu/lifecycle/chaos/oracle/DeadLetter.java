package edu.lifecycle.chaos.oracle;

/**
 * A record found on a dead-letter topic, with where it says it came from.
 *
 * @param consumer the consumer that set it aside, when its headers name one (else {@code null})
 */
public record DeadLetter(String topic, String sourceTopic, int sourcePartition, long sourceOffset, String consumer) {}
