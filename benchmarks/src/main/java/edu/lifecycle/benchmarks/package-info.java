/** The benchmark suite: sections measured as ratios against a baseline run side by side, printed as one report. */
package edu.lifecycle.benchmarks;
