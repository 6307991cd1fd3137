package edu.lifecycle.billing.account.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.Accounts;
import edu.lifecycle.servicekit.json.KitJson;
import org.junit.jupiter.api.Test;

/**
 * What {@code GET /api/v1/accounts/{id}}, the export and every command's answer show of an account stays, field for
 * field and in order, what the release before the account was narrowed into parts showed (8bee16d): the view stays
 * flat whatever shape the domain's records take.
 */
class AccountViewTest {

    @Test
    void anAccountOnTheCashPlanShowsAsBefore() {
        assertShowsAs(Accounts.onTheCashPlanSettledAndRefunded(), """
            {
              "studentId" : "stu-1",
              "programme" : "M2-ISD",
              "academicYear" : "2026-2027",
              "registeredOn" : "2026-09-01",
              "fee" : "9750.00",
              "discount" : "487.50",
              "paid" : "9300.00",
              "reimbursed" : "0.00",
              "refunded" : "200.00",
              "employerInvoiced" : "0.00",
              "balance" : "0.00",
              "credit" : "37.50",
              "payer" : "STUDENT",
              "employer" : null,
              "employerToBeConfirmed" : false,
              "cashPlan" : true,
              "withdrawn" : false,
              "settled" : true,
              "schedule" : [ {
                "lineId" : "deposit",
                "kind" : "DEPOSIT",
                "sequence" : 0,
                "amount" : "1500.00",
                "dueOn" : "2026-09-01",
                "paid" : "1500.00",
                "outstanding" : "0.00",
                "status" : "PAID",
                "fellDueOn" : null
              }, {
                "lineId" : "instalment-1",
                "kind" : "INSTALMENT",
                "sequence" : 1,
                "amount" : "1375.00",
                "dueOn" : "2026-10-15",
                "paid" : "0.00",
                "outstanding" : "0.00",
                "status" : "REPLACED",
                "fellDueOn" : null
              }, {
                "lineId" : "instalment-2",
                "kind" : "INSTALMENT",
                "sequence" : 2,
                "amount" : "1375.00",
                "dueOn" : "2026-11-15",
                "paid" : "0.00",
                "outstanding" : "0.00",
                "status" : "REPLACED",
                "fellDueOn" : null
              }, {
                "lineId" : "instalment-3",
                "kind" : "INSTALMENT",
                "sequence" : 3,
                "amount" : "1375.00",
                "dueOn" : "2026-12-15",
                "paid" : "0.00",
                "outstanding" : "0.00",
                "status" : "REPLACED",
                "fellDueOn" : null
              }, {
                "lineId" : "instalment-4",
                "kind" : "INSTALMENT",
                "sequence" : 4,
                "amount" : "1375.00",
                "dueOn" : "2027-01-15",
                "paid" : "0.00",
                "outstanding" : "0.00",
                "status" : "REPLACED",
                "fellDueOn" : null
              }, {
                "lineId" : "instalment-5",
                "kind" : "INSTALMENT",
                "sequence" : 5,
                "amount" : "1375.00",
                "dueOn" : "2027-02-15",
                "paid" : "0.00",
                "outstanding" : "0.00",
                "status" : "REPLACED",
                "fellDueOn" : null
              }, {
                "lineId" : "instalment-6",
                "kind" : "INSTALMENT",
                "sequence" : 6,
                "amount" : "1375.00",
                "dueOn" : "2027-03-15",
                "paid" : "0.00",
                "outstanding" : "0.00",
                "status" : "REPLACED",
                "fellDueOn" : null
              }, {
                "lineId" : "cash",
                "kind" : "CASH",
                "sequence" : 7,
                "amount" : "7762.50",
                "dueOn" : "2026-09-01",
                "paid" : "7762.50",
                "outstanding" : "0.00",
                "status" : "PAID",
                "fellDueOn" : null
              } ],
              "payments" : [ {
                "reference" : "ref-1",
                "amount" : "1500.00",
                "method" : "TRANSFER",
                "payer" : "STUDENT",
                "receivedAt" : "2026-09-01T08:00:00Z",
                "allocations" : [ {
                  "lineId" : "deposit",
                  "amount" : "1500.00"
                } ],
                "credit" : "0.00"
              }, {
                "reference" : "ref-2",
                "amount" : "8000.00",
                "method" : "TRANSFER",
                "payer" : "STUDENT",
                "receivedAt" : "2026-09-02T08:00:00Z",
                "allocations" : [ {
                  "lineId" : "cash",
                  "amount" : "7762.50"
                } ],
                "credit" : "237.50"
              } ],
              "refunds" : [ {
                "reference" : "ref-r1",
                "amount" : "200.00",
                "payee" : "STUDENT",
                "refundedAt" : "2026-09-01T08:00:00Z"
              } ]
            }""");
    }

    @Test
    void aWorkStudyAccountShowsAsBefore() {
        assertShowsAs(Accounts.workStudyOverdueAndWithdrawn(), """
            {
              "studentId" : "stu-1",
              "programme" : "M2-ISD",
              "academicYear" : "2026-2027",
              "registeredOn" : "2026-09-01",
              "fee" : "9750.00",
              "discount" : "0.00",
              "paid" : "2000.00",
              "reimbursed" : "1500.00",
              "refunded" : "0.00",
              "employerInvoiced" : "9750.00",
              "balance" : "3625.00",
              "credit" : "0.00",
              "payer" : "EMPLOYER",
              "employer" : "Thales",
              "employerToBeConfirmed" : false,
              "cashPlan" : false,
              "withdrawn" : true,
              "settled" : false,
              "schedule" : [ {
                "lineId" : "deposit",
                "kind" : "DEPOSIT",
                "sequence" : 0,
                "amount" : "1500.00",
                "dueOn" : "2026-09-01",
                "paid" : "1500.00",
                "outstanding" : "0.00",
                "status" : "PAID",
                "fellDueOn" : null
              }, {
                "lineId" : "instalment-1",
                "kind" : "INSTALMENT",
                "sequence" : 1,
                "amount" : "1375.00",
                "dueOn" : "2026-10-15",
                "paid" : "500.00",
                "outstanding" : "875.00",
                "status" : "OVERDUE",
                "fellDueOn" : "2026-11-02"
              }, {
                "lineId" : "instalment-2",
                "kind" : "INSTALMENT",
                "sequence" : 2,
                "amount" : "1375.00",
                "dueOn" : "2026-11-15",
                "paid" : "0.00",
                "outstanding" : "1375.00",
                "status" : "OVERDUE",
                "fellDueOn" : "2026-11-15"
              }, {
                "lineId" : "instalment-3",
                "kind" : "INSTALMENT",
                "sequence" : 3,
                "amount" : "1375.00",
                "dueOn" : "2026-12-15",
                "paid" : "0.00",
                "outstanding" : "1375.00",
                "status" : "OVERDUE",
                "fellDueOn" : "2026-12-15"
              }, {
                "lineId" : "instalment-4",
                "kind" : "INSTALMENT",
                "sequence" : 4,
                "amount" : "1375.00",
                "dueOn" : "2027-01-15",
                "paid" : "0.00",
                "outstanding" : "0.00",
                "status" : "CANCELLED",
                "fellDueOn" : null
              }, {
                "lineId" : "instalment-5",
                "kind" : "INSTALMENT",
                "sequence" : 5,
                "amount" : "1375.00",
                "dueOn" : "2027-02-15",
                "paid" : "0.00",
                "outstanding" : "0.00",
                "status" : "CANCELLED",
                "fellDueOn" : null
              }, {
                "lineId" : "instalment-6",
                "kind" : "INSTALMENT",
                "sequence" : 6,
                "amount" : "1375.00",
                "dueOn" : "2027-03-15",
                "paid" : "0.00",
                "outstanding" : "0.00",
                "status" : "CANCELLED",
                "fellDueOn" : null
              } ],
              "payments" : [ {
                "reference" : "ref-1",
                "amount" : "1500.00",
                "method" : "TRANSFER",
                "payer" : "STUDENT",
                "receivedAt" : "2026-09-01T08:00:00Z",
                "allocations" : [ {
                  "lineId" : "deposit",
                  "amount" : "1500.00"
                } ],
                "credit" : "0.00"
              }, {
                "reference" : "ref-e1",
                "amount" : "2000.00",
                "method" : "TRANSFER",
                "payer" : "EMPLOYER",
                "receivedAt" : "2026-11-20T09:00:00Z",
                "allocations" : [ {
                  "lineId" : "deposit",
                  "amount" : "1500.00"
                }, {
                  "lineId" : "instalment-1",
                  "amount" : "500.00"
                } ],
                "credit" : "0.00"
              } ],
              "refunds" : [ ]
            }""");
    }

    /** Compared as written, compact: names, values, nulls and the order of the fields alike. */
    private static void assertShowsAs(Account account, String expected) {
        var mapper = KitJson.mapper();
        assertThat(mapper.writeValueAsString(AccountView.of(account)))
                .isEqualTo(mapper.writeValueAsString(mapper.readTree(expected)));
    }
}
