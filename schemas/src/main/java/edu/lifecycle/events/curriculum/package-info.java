/** Avro classes generated from the schemas of {@code curriculum.events}: transcripts, dissertation and degree. */
package edu.lifecycle.events.curriculum;
