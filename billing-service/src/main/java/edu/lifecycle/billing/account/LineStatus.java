package edu.lifecycle.billing.account;

/** Where a schedule line stands. */
public enum LineStatus {
    PAID,
    DUE,
    OVERDUE,
    CANCELLED
}
