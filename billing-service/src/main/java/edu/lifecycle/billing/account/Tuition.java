package edu.lifecycle.billing.account;

import edu.lifecycle.billing.account.AccountEvent.TuitionAccountOpened;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the account bills, fixed when it opens: the programme year, the registration day and the fee. Only the
 * discount moves: a cash plan gives one, and it is taken back when the plan ends.
 *
 * @param registeredOn the registration date: the deposit's due date
 */
public record Tuition(
        String programme, String academicYear, LocalDate registeredOn, BigDecimal fee, BigDecimal discount) {

    static Tuition openedBy(TuitionAccountOpened opened) {
        var registeredOn = opened.schedule().stream()
                .filter(line -> line.kind() == LineKind.DEPOSIT)
                .map(ScheduleLine::dueOn)
                .findFirst()
                .orElse(null);
        return new Tuition(opened.programme(), opened.academicYear(), registeredOn, opened.tuitionFee(), Money.ZERO);
    }

    Tuition withDiscount(BigDecimal value) {
        return new Tuition(programme, academicYear, registeredOn, fee, value);
    }
}
