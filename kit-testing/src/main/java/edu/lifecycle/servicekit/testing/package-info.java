/** The services' one topology-test driver: their topology as the kit wires it, in a TopologyTestDriver. */
package edu.lifecycle.servicekit.testing;
