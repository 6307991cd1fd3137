/** The receivables and overdue-list read models in Kafka Streams. */
package edu.lifecycle.billing.receivables.stream;
