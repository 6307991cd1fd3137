package edu.lifecycle.billing.receivables;

import edu.lifecycle.billing.account.Payer;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One overdue schedule line still owing something, as the overdue list keeps it.
 *
 * @param dueOn the day the line fell due for its payer
 * @param employer the employer who owes it, when the payer is an employer
 */
public record OverdueLine(
        String studentId, String lineId, LocalDate dueOn, BigDecimal amountOutstanding, Payer payer, String employer) {}
