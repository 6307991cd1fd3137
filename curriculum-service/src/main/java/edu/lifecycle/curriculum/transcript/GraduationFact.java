package edu.lifecycle.curriculum.transcript;

import java.time.Instant;
import java.util.Objects;

/** A degree condition another service established: the event that said so, and when it happened. */
public record GraduationFact(String sourceEventId, Instant occurredAt) {

    public GraduationFact {
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
