/** Who may call which of the placement service's endpoints. */
package edu.lifecycle.placement.security;
