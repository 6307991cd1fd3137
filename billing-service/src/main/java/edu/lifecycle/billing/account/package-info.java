/** A student's tuition account: schedule, payments, cash plan, overdue lines, work-study reimbursement. */
package edu.lifecycle.billing.account;
