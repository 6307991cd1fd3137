/** An embeddable server speaking Confluent's Schema Registry REST API, backed by a compacted {@code _schemas} topic. */
package edu.lifecycle.registry.server;
