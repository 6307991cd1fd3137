/** The transcript aggregate on Kafka Streams: command payloads, policies, the kit's spec, domain ⇄ Avro. */
package edu.lifecycle.curriculum.transcript.stream;
