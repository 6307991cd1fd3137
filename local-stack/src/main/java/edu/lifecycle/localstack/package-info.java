/** The embedded default: a real in-process Kafka broker and the schema registry, started by one command. */
package edu.lifecycle.localstack;
