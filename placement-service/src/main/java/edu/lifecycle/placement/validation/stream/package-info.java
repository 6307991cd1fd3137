/** The pending-validations store, kept from cohort row changes, and its query. */
package edu.lifecycle.placement.validation.stream;
