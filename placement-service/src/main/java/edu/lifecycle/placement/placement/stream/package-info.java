/** The placement record on Kafka Streams: command payloads, policies, the kit's spec and domain ⇄ Avro translation. */
package edu.lifecycle.placement.placement.stream;
