/** Spring wiring of placement: typed reference data and the beans that connect the domain to the kit. */
package edu.lifecycle.placement.config;
