/** The system under test as processes: the cluster, the registry, the identity provider and two instances of each service. */
package edu.lifecycle.chaos.system;
