package edu.lifecycle.billing.account.stream;

/** The {@code type} of each account command in its envelope: an internal contract, so stable strings. */
public final class AccountCommandTypes {

    public static final String OPEN_ACCOUNT = "open-account";
    public static final String CHOOSE_CASH_PLAN = "choose-cash-plan";
    public static final String RECORD_PAYMENT = "record-payment";
    public static final String REFUND_CREDIT = "refund-credit";
    public static final String MARK_OVERDUE = "mark-overdue";
    public static final String SWITCH_PAYER_TO_EMPLOYER = "switch-payer-to-employer";
    public static final String CANCEL_FUTURE_INSTALMENTS = "cancel-future-instalments";

    private AccountCommandTypes() {}
}
