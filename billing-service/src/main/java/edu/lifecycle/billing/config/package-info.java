/** Spring wiring: typed reference data, the topic catalogue and the topology definitions. */
package edu.lifecycle.billing.config;
