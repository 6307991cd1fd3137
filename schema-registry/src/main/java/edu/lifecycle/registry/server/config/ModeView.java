package edu.lifecycle.registry.server.config;

record ModeView(String mode) {}
