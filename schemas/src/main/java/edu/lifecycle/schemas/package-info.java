/** The published language of the student lifecycle: its public topics, their Avro event types and how to read them. */
package edu.lifecycle.schemas;
