/** Avro classes generated from the schema of {@code admissions.student-profiles}, the only topic with personal data. */
package edu.lifecycle.events.profiles;
