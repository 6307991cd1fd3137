/** The markdown the suite prints: the environment of a run and one table per section. */
package edu.lifecycle.benchmarks.report;
