package edu.lifecycle.billing.overdue.stream;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.MarkingOverdue;
import edu.lifecycle.billing.account.TuitionCatalog;
import edu.lifecycle.billing.account.stream.AccountCommandFormat;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandMeta;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns the passing of time into commands: an account with a line past its due date and grace period gets a
 * {@code mark-overdue} command, which the account decides like any other, so each line is marked overdue exactly
 * once. The command id names the student and the day, so asking again the same day is a repeat the kit ignores.
 */
final class OverdueScan {

    private final TuitionCatalog catalog;
    private final MarkingOverdue marking;

    OverdueScan(TuitionCatalog catalog) {
        this.catalog = catalog;
        this.marking = new MarkingOverdue(catalog);
    }

    LocalDate today(Instant now) {
        return catalog.dayOf(now);
    }

    /** The command for this account today, or empty when none of its lines has become overdue. */
    Optional<CommandEnvelope> check(Account account, LocalDate today, Instant now) {
        if (marking.becomingOverdue(account, today).isEmpty()) {
            return Optional.empty();
        }
        var student = account.studentId();
        // The id names the student and the day: stable across restarts, so a repeat the same day changes nothing.
        var meta = new CommandMeta("mark-overdue:" + student + ":" + today, now, Optional.empty());
        return Optional.of(AccountCommandFormat.CODEC.envelope(
                meta, new AccountCommand.MarkOverdue(meta.commandId(), student, meta.issuedAt(), today)));
    }
}
