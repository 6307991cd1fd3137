package edu.lifecycle.registry.server.subjects;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code messages} only with {@code verbose=true}. */
record CompatibilityResult(@JsonProperty("is_compatible") boolean isCompatible, List<String> messages) {}
