/** Who may call which of the curriculum service's endpoints. */
package edu.lifecycle.curriculum.security;
