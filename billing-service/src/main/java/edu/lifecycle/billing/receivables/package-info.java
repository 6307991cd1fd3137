/** Receivables per programme year and the overdue lines behind them, derived from accounts. */
package edu.lifecycle.billing.receivables;
