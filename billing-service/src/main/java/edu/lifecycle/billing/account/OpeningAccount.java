package edu.lifecycle.billing.account;

import static edu.lifecycle.billing.account.BillingRules.INSTALMENT_DATES_UNKNOWN;
import static edu.lifecycle.billing.account.BillingRules.PROGRAMME_NOT_BILLED;

import edu.lifecycle.billing.account.AccountCommand.OpenAccount;
import edu.lifecycle.billing.account.AccountEvent.TuitionAccountOpened;
import edu.lifecycle.servicekit.decision.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the account on enrollment: the deposit due on the registration date, the balance split into the programme
 * year's instalments, the last one taking what an inexact split leaves over. A student who registers late is never
 * asked to pay an instalment sooner than the grace period after registering: an instalment whose reference date is
 * earlier falls due on the registration date plus the grace period (the catch-up date).
 */
final class OpeningAccount {

    static final String DEPOSIT_LINE = "deposit";

    private final TuitionCatalog catalog;

    OpeningAccount(TuitionCatalog catalog) {
        this.catalog = catalog;
    }

    Decision<AccountEvent> decide(OpenAccount command) {
        var terms = catalog.terms(command.programme()).orElse(null);
        if (terms == null) {
            return Decision.ruleBroken(
                    PROGRAMME_NOT_BILLED, "No tuition terms for programme " + command.programme() + ".");
        }
        var dates = terms.instalmentDatesOf(command.academicYear()).orElse(null);
        if (dates == null) {
            return Decision.ruleBroken(
                    INSTALMENT_DATES_UNKNOWN,
                    "No instalment dates for " + command.programme() + " in " + command.academicYear()
                            + ": the year is not covered by billing's reference data.");
        }
        var schedule = new ArrayList<ScheduleLine>();
        schedule.add(ScheduleLine.due(DEPOSIT_LINE, LineKind.DEPOSIT, 0, terms.deposit(), command.registeredOn()));
        var catchUp = command.registeredOn().plus(terms.gracePeriod());
        var dueDates = dates.stream()
                .map(date -> date.isBefore(catchUp) ? catchUp : date)
                .toList();
        schedule.addAll(instalments(terms.fee().subtract(terms.deposit()), dueDates));
        return Decision.accept(new TuitionAccountOpened(
                command.studentId(),
                command.issuedAt(),
                command.programme(),
                command.academicYear(),
                terms.fee(),
                terms.deposit(),
                command.scheme().payer(),
                schedule));
    }

    static List<ScheduleLine> instalments(BigDecimal balance, List<LocalDate> dueDates) {
        int count = dueDates.size();
        var share = Money.round(balance.divide(BigDecimal.valueOf(count), Money.SCALE + 2, Money.ROUNDING));
        var lines = new ArrayList<ScheduleLine>();
        var allocated = Money.ZERO;
        for (int index = 0; index < count; index++) {
            boolean last = index == count - 1;
            var amount = last ? balance.subtract(allocated) : share;
            allocated = allocated.add(amount);
            lines.add(ScheduleLine.due(
                    "instalment-" + (index + 1), LineKind.INSTALMENT, index + 1, amount, dueDates.get(index)));
        }
        return lines;
    }
}
