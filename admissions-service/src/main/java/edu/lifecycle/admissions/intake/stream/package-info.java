/** The intake aggregate on Kafka Streams: capacity and the waitlist, keyed by programme and year. */
package edu.lifecycle.admissions.intake.stream;
