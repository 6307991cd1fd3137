/** Who may call which of the billing service's endpoints. */
package edu.lifecycle.billing.security;
