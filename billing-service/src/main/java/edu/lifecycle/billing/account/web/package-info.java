/** REST for tuition accounts: payments, the cash plan and the account view. */
package edu.lifecycle.billing.account.web;
