/** A tiny test-only service built on the kit exactly as a real one is: accounts that can refuse a withdrawal. */
package edu.lifecycle.servicekit.ledger;
