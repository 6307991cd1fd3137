package edu.lifecycle.billing.account;

import edu.lifecycle.billing.account.AccountCommand.MarkOverdue;
import edu.lifecycle.billing.account.AccountEvent.InstalmentOverdue;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** A line still unpaid once its due date and the grace period have passed becomes overdue, once. */
public final class MarkingOverdue {

    private MarkingOverdue() {}

    /** The lines that are overdue on {@code today} and not yet marked so. */
    public static List<ScheduleLine> becomingOverdue(Account account, Period grace, LocalDate today) {
        return account.lines().stream()
                .filter(line -> !line.overdue() && line.outstanding().signum() > 0)
                .filter(line -> today.isAfter(line.dueOn().plus(grace)))
                .toList();
    }

    static List<AccountEvent> decide(Account account, Period grace, MarkOverdue command) {
        return becomingOverdue(account, grace, command.today()).stream()
                .<AccountEvent>map(line -> new InstalmentOverdue(
                        account.studentId(), command.issuedAt(), line.lineId(), line.outstanding(), line.dueOn()))
                .toList();
    }
}
