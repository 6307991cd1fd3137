/** The registry state materialised from the log, and the single writer that appends to it. */
package edu.lifecycle.registry.server.store;
