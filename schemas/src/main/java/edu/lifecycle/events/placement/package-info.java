/** Avro classes generated from the schemas of {@code placement.events}: internships, work-study and careers. */
package edu.lifecycle.events.placement;
