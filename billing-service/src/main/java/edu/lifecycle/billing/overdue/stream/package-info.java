/** The overdue scan: time, read from the injected clock, turned into commands. */
package edu.lifecycle.billing.overdue.stream;
