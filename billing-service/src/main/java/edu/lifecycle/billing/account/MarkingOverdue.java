package edu.lifecycle.billing.account;

import edu.lifecycle.billing.account.AccountCommand.MarkOverdue;
import edu.lifecycle.billing.account.AccountEvent.InstalmentOverdue;
import java.time.LocalDate;
import java.util.List;

/**
 * A line still unpaid once it has fallen due and the grace period has passed becomes overdue, once. Nobody is late
 * toward nobody: while an apprentice's employer is to be confirmed, nothing becomes overdue; and an employer who
 * takes the tuition over is late on a line only a grace period after the later of its due date and the day the
 * employer was invoiced.
 */
public final class MarkingOverdue {

    private final TuitionCatalog catalog;

    public MarkingOverdue(TuitionCatalog catalog) {
        this.catalog = catalog;
    }

    /** The lines that are overdue on {@code today} and not yet marked so. */
    public List<ScheduleLine> becomingOverdue(Account account, LocalDate today) {
        var terms = catalog.terms(account.tuition().programme());
        if (terms.isEmpty() || account.awaitingEmployer()) {
            return List.of();
        }
        var grace = terms.get().gracePeriod();
        return account.schedule().lines().stream()
                .filter(line -> !line.overdue() && line.outstanding().signum() > 0)
                .filter(line -> today.isAfter(fallsDueOn(account, line).plus(grace)))
                .toList();
    }

    /** The day the line falls due for whoever pays it now. */
    public LocalDate fallsDueOn(Account account, ScheduleLine line) {
        var funding = account.funding();
        if (funding.payer() == Payer.EMPLOYER && funding.employerSince() != null) {
            var invoicedOn = catalog.dayOf(funding.employerSince());
            return line.dueOn().isBefore(invoicedOn) ? invoicedOn : line.dueOn();
        }
        return line.dueOn();
    }

    List<AccountEvent> decide(Account account, MarkOverdue command) {
        return becomingOverdue(account, command.today()).stream()
                .<AccountEvent>map(line -> new InstalmentOverdue(
                        account.studentId(),
                        command.issuedAt(),
                        line.lineId(),
                        line.outstanding(),
                        fallsDueOn(account, line)))
                .toList();
    }
}
