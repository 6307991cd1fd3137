/** The account aggregate: plain Java, using only the kit's decision types. */
package edu.lifecycle.servicekit.ledger.account;
