package edu.lifecycle.billing.account;

/** How a payment reached the school. */
public enum PaymentMethod {
    CARD,
    TRANSFER,
    CHEQUE,
    CASH
}
