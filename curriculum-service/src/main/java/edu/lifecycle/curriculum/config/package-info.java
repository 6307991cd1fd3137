/** Spring wiring of curriculum: typed reference data and the beans that connect the domain to the kit. */
package edu.lifecycle.curriculum.config;
