package edu.lifecycle.billing.account;

/** What a schedule line is for. */
public enum LineKind {
    DEPOSIT,
    INSTALMENT,
    /** The one discounted payment replacing the open lines when the cash plan is chosen. */
    CASH
}
