/** Avro classes generated from the schemas of {@code admissions.events}: an applicant's way to enrollment. */
package edu.lifecycle.events.admissions;
