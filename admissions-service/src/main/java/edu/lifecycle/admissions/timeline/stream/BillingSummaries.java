package edu.lifecycle.admissions.timeline.stream;

import static edu.lifecycle.admissions.timeline.stream.Wording.eur;
import static edu.lifecycle.admissions.timeline.stream.Wording.words;

import edu.lifecycle.events.billing.CashPlanChosen;
import edu.lifecycle.events.billing.CreditRefunded;
import edu.lifecycle.events.billing.EmployerInvoiced;
import edu.lifecycle.events.billing.InstalmentOverdue;
import edu.lifecycle.events.billing.InstalmentsCancelled;
import edu.lifecycle.events.billing.PaymentReceived;
import edu.lifecycle.events.billing.TuitionAccountOpened;
import edu.lifecycle.events.billing.TuitionReimbursed;
import edu.lifecycle.events.billing.TuitionSettled;
import java.util.Optional;

/** One sentence per billing event. */
final class BillingSummaries {

    private BillingSummaries() {}

    static Optional<String> of(Object event) {
        if (event instanceof TuitionAccountOpened e) {
            return say("Tuition account opened: %s, deposit %s, paid by the %s, %d schedule lines."
                    .formatted(
                            eur(e.getTuitionFee()),
                            eur(e.getDeposit()),
                            words(e.getPayer()),
                            e.getSchedule().size()));
        }
        if (event instanceof CashPlanChosen e) {
            return say("Chose to pay the balance in cash: %s due on %s after a %s discount."
                    .formatted(eur(e.getAmountDue()), e.getDueOn(), eur(e.getDiscount())));
        }
        if (event instanceof PaymentReceived e) {
            return say("Payment of %s received by %s from the %s (reference %s)."
                    .formatted(eur(e.getAmount()), words(e.getMethod()), words(e.getPayer()), e.getPaymentReference()));
        }
        if (event instanceof InstalmentOverdue e) {
            return say("Schedule line %s overdue since %s: %s outstanding."
                    .formatted(e.getLineId(), e.getDueOn(), eur(e.getAmountOutstanding())));
        }
        if (event instanceof TuitionReimbursed e) {
            return say("Reimbursed %s; %s now pays the tuition.".formatted(eur(e.getAmount()), e.getEmployer()));
        }
        if (event instanceof EmployerInvoiced e) {
            return say("%s invoiced %s.".formatted(e.getEmployer(), eur(e.getAmount())));
        }
        if (event instanceof InstalmentsCancelled e) {
            return say("%d schedule lines cancelled, %s no longer owed."
                    .formatted(e.getLineIds().size(), eur(e.getAmountCancelled())));
        }
        if (event instanceof CreditRefunded e) {
            return say("Refunded %s of credit to the %s (reference %s)."
                    .formatted(eur(e.getAmount()), words(e.getPayee()), e.getRefundReference()));
        }
        if (event instanceof TuitionSettled e) {
            return say("Tuition settled: %s paid in total.".formatted(eur(e.getTotalPaid())));
        }
        return Optional.empty();
    }

    private static Optional<String> say(String sentence) {
        return Optional.of(sentence);
    }
}
