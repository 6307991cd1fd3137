/**
 * Binary, evolvable state: records in state stores written as Avro binary against schemas committed beside the code,
 * and the JSON of earlier releases still read (ADR 16).
 */
package edu.lifecycle.servicekit.state;
