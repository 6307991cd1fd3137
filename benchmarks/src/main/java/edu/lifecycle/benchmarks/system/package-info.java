/** Sections that measure the whole system started in this JVM: footprint, command latency, read-model rebuild, console pages. */
package edu.lifecycle.benchmarks.system;
