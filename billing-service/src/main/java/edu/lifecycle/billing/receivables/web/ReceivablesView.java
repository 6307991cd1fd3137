package edu.lifecycle.billing.receivables.web;

import edu.lifecycle.billing.account.web.Amount;
import edu.lifecycle.billing.receivables.Receivables;

/** A programme year's receivables as clients read them: every amount an {@link Amount}. */
record ReceivablesView(
        String programme,
        String academicYear,
        int accounts,
        Amount billed,
        Amount collected,
        Amount outstanding,
        Amount overdue,
        Amount reimbursed,
        Amount employerInvoiced) {

    static ReceivablesView of(Receivables receivables) {
        return new ReceivablesView(
                receivables.programme(),
                receivables.academicYear(),
                receivables.accounts(),
                Amount.of(receivables.billed()),
                Amount.of(receivables.collected()),
                Amount.of(receivables.outstanding()),
                Amount.of(receivables.overdue()),
                Amount.of(receivables.reimbursed()),
                Amount.of(receivables.employerInvoiced()));
    }
}
