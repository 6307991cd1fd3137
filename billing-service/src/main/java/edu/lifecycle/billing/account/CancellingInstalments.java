package edu.lifecycle.billing.account;

import edu.lifecycle.billing.account.AccountCommand.CancelFutureInstalments;
import edu.lifecycle.billing.account.AccountEvent.InstalmentsCancelled;
import java.util.List;

/**
 * After a withdrawal, what is not yet due is cancelled; the deposit, and whatever fell due already, stay owed.
 */
final class CancellingInstalments {

    private final TuitionCatalog catalog;

    CancellingInstalments(TuitionCatalog catalog) {
        this.catalog = catalog;
    }

    List<AccountEvent> decide(Account account, CancelFutureInstalments command) {
        if (account.withdrawn()) {
            return List.of();
        }
        var withdrawnOn = catalog.dayOf(command.withdrawnAt());
        var cancelled = account.lines().stream()
                .filter(line -> line.kind() != LineKind.DEPOSIT)
                .filter(line -> line.outstanding().signum() > 0)
                .filter(line -> line.dueOn().isAfter(withdrawnOn))
                .toList();
        return List.of(new InstalmentsCancelled(
                account.studentId(),
                command.issuedAt(),
                cancelled.stream().map(ScheduleLine::lineId).toList(),
                Money.sum(cancelled.stream().map(ScheduleLine::outstanding).toList())));
    }
}
