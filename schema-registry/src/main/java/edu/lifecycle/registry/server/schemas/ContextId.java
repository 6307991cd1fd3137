package edu.lifecycle.registry.server.schemas;

/** An id within a context, as {@code GET /schemas/guids/{guid}/ids} lists it; here the context is always ".". */
record ContextId(String context, int id) {}
