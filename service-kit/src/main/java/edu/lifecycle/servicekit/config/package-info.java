/** Spring Boot auto-configuration of the kit, set through one properties record under {@code lifecycle.kit}. */
package edu.lifecycle.servicekit.config;
