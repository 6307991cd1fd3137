package edu.lifecycle.registry.server.schemas;

record SubjectVersion(String subject, int version) {}
