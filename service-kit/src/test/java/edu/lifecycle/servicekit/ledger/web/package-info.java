/** The test ledger's REST API: account commands and queries. */
package edu.lifecycle.servicekit.ledger.web;
