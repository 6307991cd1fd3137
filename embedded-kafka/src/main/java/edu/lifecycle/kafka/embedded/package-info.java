/** A real Apache Kafka broker in KRaft mode (combined broker and controller) running inside the JVM. */
package edu.lifecycle.kafka.embedded;
