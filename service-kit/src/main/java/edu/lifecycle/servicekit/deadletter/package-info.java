/** Dead letters an operator can work with: list, show, replay to the consumer that failed, purge. */
package edu.lifecycle.servicekit.deadletter;
