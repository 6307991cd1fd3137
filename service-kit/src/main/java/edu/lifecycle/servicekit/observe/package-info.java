/** What the kit tells operators: its meters, the trace context it carries across Kafka hops, and read-model lag. */
package edu.lifecycle.servicekit.observe;
