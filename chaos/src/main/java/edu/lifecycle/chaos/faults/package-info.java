/** The seeded schedule of kill -9 and broker restarts, and how long each kill's partitions wait. */
package edu.lifecycle.chaos.faults;
