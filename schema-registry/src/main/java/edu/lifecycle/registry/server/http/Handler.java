package edu.lifecycle.registry.server.http;

/** Answers one route; throws {@link ApiException} for errors the client should see. */
@FunctionalInterface
public interface Handler {
    Response handle(Request request);
}
