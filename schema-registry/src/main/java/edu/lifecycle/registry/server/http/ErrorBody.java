package edu.lifecycle.registry.server.http;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Confluent's error body; clients read {@code error_code} to tell, say, a missing subject from a missing version. */
record ErrorBody(@JsonProperty("error_code") int errorCode, String message) {}
