package edu.lifecycle.billing.account;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Who pays the tuition: the student, or an employer since a work-study contract, and what that employer was billed.
 *
 * @param employer who pays since a work-study contract; {@code null} before one ("to be confirmed" for an apprentice)
 * @param employerSince when the employer took the tuition over; {@code null} before
 * @param employerInvoiced what the employer was billed
 */
public record Funding(Payer payer, String employer, Instant employerSince, BigDecimal employerInvoiced) {

    static Funding by(Payer payer) {
        return new Funding(payer, null, null, Money.ZERO);
    }

    /** An apprentice's account before the contract names the employer: nobody can be late on it. */
    public boolean awaitingEmployer() {
        return payer == Payer.EMPLOYER && employer == null;
    }

    boolean employerNamed() {
        return employer != null;
    }

    /** The first employer to pay: from {@code since} the tuition is theirs. */
    Funding takenOverBy(String newEmployer, Instant since) {
        return new Funding(Payer.EMPLOYER, newEmployer, since, employerInvoiced);
    }

    /** A later contract names the employer again; the tuition was the employer's since the first one. */
    Funding withEmployer(String newEmployer) {
        return new Funding(payer, newEmployer, employerSince, employerInvoiced);
    }

    Funding invoiced(BigDecimal amount) {
        return new Funding(payer, employer, employerSince, employerInvoiced.add(amount));
    }
}
