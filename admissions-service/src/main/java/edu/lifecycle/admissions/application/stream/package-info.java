/** The application aggregate on Kafka Streams: command payloads, the kit's spec, and domain ⇄ Avro translation. */
package edu.lifecycle.admissions.application.stream;
