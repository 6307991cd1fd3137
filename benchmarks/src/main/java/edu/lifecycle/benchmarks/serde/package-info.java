/** Section 1: our Avro serde against plain Avro binary encoding, per public event type. */
package edu.lifecycle.benchmarks.serde;
