/** Spring wiring of admissions: typed reference data and the beans that connect the domain to the kit. */
package edu.lifecycle.admissions.config;
