/** Programmes as reference data: entry requirement, streams, schemes, capacity per year, built from configuration. */
package edu.lifecycle.admissions.programme;
