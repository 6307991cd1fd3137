package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.Closing;
import edu.lifecycle.billing.account.Funding;
import edu.lifecycle.billing.account.MoneyMovements;
import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.Payment;
import edu.lifecycle.billing.account.Refund;
import edu.lifecycle.billing.account.Schedule;
import edu.lifecycle.billing.account.ScheduleLine;
import edu.lifecycle.billing.account.Tuition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An account as the stores hold it, the aggregate's state and the ledger's entries and their changelogs alike: flat,
 * field for field the JSON written before the account was narrowed into parts. A store written by the previous
 * release is read after the upgrade, and an instance of the previous release still reads what this one writes
 * during a rolling upgrade. A field added to the account is added here, where the stored form evolves.
 *
 * @param refunds absent from accounts stored before refunds existed: none
 */
record StoredAccount(
        String studentId,
        String programme,
        String academicYear,
        BigDecimal fee,
        BigDecimal discount,
        Payer payer,
        String employer,
        Instant employerSince,
        LocalDate registeredOn,
        List<ScheduleLine> lines,
        List<Payment> payments,
        List<Refund> refunds,
        BigDecimal reimbursed,
        BigDecimal employerInvoiced,
        boolean withdrawn,
        boolean settled) {

    StoredAccount {
        refunds = refunds == null ? List.of() : refunds;
    }

    static StoredAccount of(Account account) {
        var tuition = account.tuition();
        var funding = account.funding();
        var movements = account.movements();
        return new StoredAccount(
                account.studentId(),
                tuition.programme(),
                tuition.academicYear(),
                tuition.fee(),
                tuition.discount(),
                funding.payer(),
                funding.employer(),
                funding.employerSince(),
                tuition.registeredOn(),
                account.schedule().lines(),
                movements.payments(),
                movements.refunds(),
                movements.reimbursed(),
                funding.employerInvoiced(),
                account.closing().withdrawn(),
                account.closing().settled());
    }

    Account toAccount() {
        return new Account(
                studentId,
                new Tuition(programme, academicYear, registeredOn, fee, discount),
                new Funding(payer, employer, employerSince, employerInvoiced),
                new Schedule(lines),
                new MoneyMovements(payments, refunds, reimbursed),
                new Closing(withdrawn, settled));
    }
}
