package edu.lifecycle.registry.server.config;

/** The body PUT on a config takes and echoes. */
record ConfigUpdate(String compatibility, Boolean normalize) {}
