/** The run's report: one line per check and the table docs/reliability.md shows. */
package edu.lifecycle.chaos.report;
