/** billing-service: tuition accounts, receivables and overdue instalments. */
package edu.lifecycle.billing;
