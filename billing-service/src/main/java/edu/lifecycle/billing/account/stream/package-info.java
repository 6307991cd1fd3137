/** The account in Kafka Streams: commands, policies, Avro translation and the view clients get. */
package edu.lifecycle.billing.account.stream;
