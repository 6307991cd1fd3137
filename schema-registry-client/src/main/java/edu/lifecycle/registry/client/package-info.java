/** A caching REST client for the Confluent Schema Registry protocol, and an in-memory registry for tests. */
package edu.lifecycle.registry.client;
