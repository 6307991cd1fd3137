package edu.lifecycle.billing.account;

/** Where a schedule line stands. */
public enum LineStatus {
    PAID,
    DUE,
    OVERDUE,
    /** No longer owed after a withdrawal; what had been paid on it became credit. */
    CANCELLED,
    /** Folded into the cash line when the cash plan was chosen; what had been paid on it counts toward the cash price. */
    REPLACED
}
