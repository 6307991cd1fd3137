package edu.lifecycle.registry.server.http;

/** A status and a body written as JSON; Confluent's clients treat anything but 200 as an error. */
public record Response(int status, Object body) {

    public static Response ok(Object body) {
        return new Response(200, body);
    }
}
