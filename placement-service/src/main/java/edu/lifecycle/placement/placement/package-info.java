/** A student's placement record: internship agreements, work-study contracts, validated experience, graduation. */
package edu.lifecycle.placement.placement;
