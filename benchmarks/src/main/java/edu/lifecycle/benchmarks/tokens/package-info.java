/** Section 5: what the services' tokens cost, to obtain from the embedded provider and to verify per request. */
package edu.lifecycle.benchmarks.tokens;
