package edu.lifecycle.billing.receivables;

import edu.lifecycle.billing.account.Payer;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One overdue schedule line still owing something, as the overdue list shows it. */
public record OverdueLine(
        String studentId, String lineId, LocalDate dueOn, BigDecimal amountOutstanding, Payer payer) {}
