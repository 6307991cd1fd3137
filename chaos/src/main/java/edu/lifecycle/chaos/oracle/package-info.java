/** The checks run after the faults: exactly-once effects, sourced effects, read models and dead letters. */
package edu.lifecycle.chaos.oracle;
