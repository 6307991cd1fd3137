package edu.lifecycle.schemas.history;

/**
 * Why a candidate schema cannot read what one released version wrote.
 *
 * @param releasedVersion the version whose data the candidate cannot read
 * @param location where in the schema, as a JSON pointer
 * @param problem what Avro's schema resolution found
 */
public record IncompatibleChange(int releasedVersion, String location, String problem) {}
