package edu.lifecycle.billing.account;

/** The name of every rule that can refuse a billing command: stable, kebab-case, shown to clients. */
public final class BillingRules {

    public static final String ACCOUNT_NOT_FOUND = "account-not-found";
    public static final String ACCOUNT_ALREADY_OPEN = "account-already-open";
    public static final String PROGRAMME_NOT_BILLED = "programme-not-billed";
    public static final String INSTALMENT_DATES_UNKNOWN = "instalment-dates-unknown";
    public static final String CASH_PLAN_ALREADY_CHOSEN = "cash-plan-already-chosen";
    public static final String CASH_PLAN_AFTER_INSTALMENT_PAID = "cash-plan-after-instalment-paid";
    public static final String CASH_PLAN_FOR_STUDENT_PAYERS = "cash-plan-for-student-payers";
    public static final String ACCOUNT_WITHDRAWN = "account-withdrawn";
    public static final String PAYMENT_AMOUNT_POSITIVE = "payment-amount-positive";
    public static final String PAYMENT_AMOUNT_IN_CENTS = "payment-amount-in-cents";
    public static final String EMPLOYER_PAYS_TUITION = "employer-pays-tuition";
    public static final String PAYMENT_BEFORE_ACCOUNT_OPENED = "payment-received-before-account-opened";
    public static final String REFUND_AMOUNT_POSITIVE = "refund-amount-positive";
    public static final String REFUND_AMOUNT_IN_CENTS = "refund-amount-in-cents";
    public static final String REFUND_EXCEEDS_CREDIT = "refund-exceeds-credit";

    private BillingRules() {}
}
