/** A small router over the JDK HTTP server, with the registry's content type and error bodies. */
package edu.lifecycle.registry.server.http;
