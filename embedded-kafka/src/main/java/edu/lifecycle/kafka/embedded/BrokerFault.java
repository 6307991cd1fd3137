package edu.lifecycle.kafka.embedded;

/**
 * A fatal fault the broker reported through Kafka's exit or halt procedure.
 *
 * @param status the exit status Kafka asked for
 * @param message Kafka's reason, if it gave one
 */
public record BrokerFault(int status, String message) {}
