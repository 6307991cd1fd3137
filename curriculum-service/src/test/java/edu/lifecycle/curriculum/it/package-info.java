/** The curriculum service running for real: HTTP in, Kafka and the registry underneath. */
package edu.lifecycle.curriculum.it;
