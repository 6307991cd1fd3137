package edu.lifecycle.curriculum.transcript;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A scheduled defense: when, where and before whom. */
public record Defense(Instant defenseAt, String room, List<String> jury) {

    public Defense {
        Objects.requireNonNull(defenseAt, "defenseAt");
        Objects.requireNonNull(room, "room");
        jury = List.copyOf(jury);
    }
}
