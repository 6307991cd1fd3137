package edu.lifecycle.billing.account;

import edu.lifecycle.billing.account.AccountCommand.CancelFutureInstalments;
import edu.lifecycle.billing.account.AccountEvent.InstalmentsCancelled;
import java.util.ArrayList;
import java.util.List;

/**
 * After a withdrawal the school keeps the deposit and what fell due by the withdrawal day; every line due later is
 * cancelled, and what had been paid on it in advance becomes credit, which the bursar may refund. A cash plan ends
 * first (its discount was for paying the whole year): the lines it replaced come back, and what was paid on the cash
 * line is applied to them again, deposit first.
 */
final class CancellingInstalments {

    private final TuitionCatalog catalog;

    CancellingInstalments(TuitionCatalog catalog) {
        this.catalog = catalog;
    }

    List<AccountEvent> decide(Account account, CancelFutureInstalments command) {
        if (account.closing().withdrawn()) {
            return List.of();
        }
        var withdrawnOn = catalog.dayOf(command.withdrawnAt());
        var schedule = account.withCashPlanEnded().withCreditApplied().schedule();
        var cancelled = new ArrayList<ScheduleLine>();
        account.schedule().lines().stream()
                .filter(line -> line.kind() == LineKind.CASH && line.live())
                .forEach(cancelled::add);
        schedule.lines().stream()
                .filter(ScheduleLine::live)
                .filter(line -> line.kind() == LineKind.INSTALMENT)
                .filter(line -> line.dueOn().isAfter(withdrawnOn))
                .forEach(cancelled::add);
        var noLongerOwed = Money.sum(schedule.lines().stream()
                .filter(line ->
                        cancelled.stream().anyMatch(gone -> gone.lineId().equals(line.lineId())))
                .map(ScheduleLine::outstanding)
                .toList());
        return List.of(new InstalmentsCancelled(
                account.studentId(),
                command.issuedAt(),
                cancelled.stream().map(ScheduleLine::lineId).toList(),
                noLongerOwed));
    }
}
