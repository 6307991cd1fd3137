/**
 * JSON for the kit's internal topics (commands, outcomes): one Jackson 3 mapper and its serde; state stores are binary
 * (ADR 16) and read the JSON of earlier releases through it.
 */
package edu.lifecycle.servicekit.json;
