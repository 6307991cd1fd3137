/** The Kafka Streams side: the decide processor, policies, dead letters, Streams defaults and runtime. */
package edu.lifecycle.servicekit.stream;
