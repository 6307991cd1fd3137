/** The experience stores, kept from cohort row changes, and their query. */
package edu.lifecycle.placement.experience.stream;
