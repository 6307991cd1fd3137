/**
 * The services' one topology-test driver: their topology as the kit wires it, in a TopologyTestDriver; and the check
 * of their stored state's committed schemas.
 */
package edu.lifecycle.servicekit.testing;
