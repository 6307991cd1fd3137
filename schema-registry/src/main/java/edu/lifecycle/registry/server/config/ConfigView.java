package edu.lifecycle.registry.server.config;

/** What GET and DELETE on a config answer: note {@code compatibilityLevel}, where PUT says {@code compatibility}. */
record ConfigView(String compatibilityLevel, Boolean normalize) {}
