package edu.lifecycle.billing.overdue.web;

import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.web.Amount;
import edu.lifecycle.billing.receivables.OverdueLine;
import edu.lifecycle.servicekit.query.Page;
import edu.lifecycle.servicekit.web.PageCursor;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A page of the overdue list as a person reads it: who owes what on which line since when, and an opaque cursor to
 * the next page.
 *
 * @param next pass it as {@code after} for the following page; absent on the last page
 */
record OverduePage(
        List<Item> items,

        @Schema(description = "Opaque; pass as `after` for the next page")
        String next) {

    static OverduePage of(Page<OverdueLine> page, LocalDate today) {
        return new OverduePage(
                page.items().stream().map(item -> Item.of(item.value(), today)).toList(), PageCursor.of(page.next()));
    }

    /**
     * One overdue line.
     *
     * @param dueOn the day the line fell due for its payer
     * @param daysOverdue days since {@code dueOn}, today in the billing zone
     * @param employer the employer who owes it, when the payer is an employer
     */
    record Item(
            String studentId,
            String lineId,
            LocalDate dueOn,
            Amount amountOwed,
            long daysOverdue,
            Payer payer,
            String employer) {

        static Item of(OverdueLine line, LocalDate today) {
            return new Item(
                    line.studentId(),
                    line.lineId(),
                    line.dueOn(),
                    Amount.of(line.amountOutstanding()),
                    Math.max(0, ChronoUnit.DAYS.between(line.dueOn(), today)),
                    line.payer(),
                    line.employer());
        }
    }
}
