package edu.lifecycle.placement.cohort.stream;

import edu.lifecycle.placement.cohort.RowChange;
import edu.lifecycle.servicekit.stream.Projection;
import java.util.Objects;

/**
 * A read model of a programme year, as a feature contributes it to the cohort plumbing: the processor, named once
 * for the topology, that applies each student's row change to the feature's own stores. The cohort side runs the
 * ones it is given and knows none of them, so the features depend on {@code cohort} and never the other way.
 *
 * @param name the processor's name in the topology (a rename would change the topology's shape)
 * @param projector applies a row change; it names the stores it keeps
 */
public record CohortReadModel(String name, Projection<String, RowChange, Void, Void> projector) {

    public CohortReadModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(projector, "projector");
    }
}
