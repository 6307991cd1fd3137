/** The graduate-outcomes store, kept from cohort row changes. */
package edu.lifecycle.placement.careers.stream;
