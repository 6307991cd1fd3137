/** A three-broker KRaft cluster, each broker a JVM of its own started from the Apache Kafka jars. */
package edu.lifecycle.chaos.cluster;
