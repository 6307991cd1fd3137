/** placement-service: internships, work-study contracts, validated experience and graduate careers. */
package edu.lifecycle.placement;
