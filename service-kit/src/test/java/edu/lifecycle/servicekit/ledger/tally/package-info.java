/** Deposits counted per size band: an aggregate keyed by something other than the account, fed by internal commands. */
package edu.lifecycle.servicekit.ledger.tally;
