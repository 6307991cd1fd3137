/** REST for tuition accounts (payments, cash plan, account view), and the JSON form of money billing answers with. */
package edu.lifecycle.billing.account.web;
