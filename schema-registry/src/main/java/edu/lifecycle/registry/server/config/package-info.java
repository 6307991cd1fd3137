/** Global and per-subject compatibility configuration and modes. */
package edu.lifecycle.registry.server.config;
