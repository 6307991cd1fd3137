/** One JUnit 5 way for any test to reach a Kafka broker and a schema registry, in containers or embedded. */
package edu.lifecycle.testing;
