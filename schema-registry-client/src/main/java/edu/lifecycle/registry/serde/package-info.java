/** Kafka serializers, deserializers and Streams serdes for Avro in the Confluent wire format. */
package edu.lifecycle.registry.serde;
