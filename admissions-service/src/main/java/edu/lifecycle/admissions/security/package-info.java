/** Who may call which of the admissions service's endpoints. */
package edu.lifecycle.admissions.security;
