/** The overdue instalments as an operator's gauge. */
package edu.lifecycle.billing.overdue.metrics;
