/** REST: a student's agreements and contracts, their early end and validation, and the placements read model. */
package edu.lifecycle.placement.placement.web;
