package edu.lifecycle.servicekit.deadletter;

import org.apache.kafka.common.header.Headers;

/** A dead letter with the record as it was read: what a replay writes back and what {@code show} decodes. */
record StoredDeadLetter(DeadLetter letter, byte[] key, byte[] value, Headers headers, long timestamp) {}
