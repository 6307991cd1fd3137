/** The work-study numbers store, kept from cohort row changes. */
package edu.lifecycle.placement.workstudy.stream;
