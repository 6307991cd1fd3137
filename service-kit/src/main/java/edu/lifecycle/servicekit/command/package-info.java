/** Commands over Kafka: the envelope and its outcome, the gateway that sends and waits, and the REST glue. */
package edu.lifecycle.servicekit.command;
