/** The receivables and overdue read models in Kafka Streams, and the overdue scan that rides on them. */
package edu.lifecycle.billing.receivables.stream;
