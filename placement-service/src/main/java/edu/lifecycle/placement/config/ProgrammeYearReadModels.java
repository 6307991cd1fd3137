package edu.lifecycle.placement.config;

import edu.lifecycle.placement.careers.stream.GraduateOutcomesProjector;
import edu.lifecycle.placement.cohort.stream.CohortReadModelsTopology;
import edu.lifecycle.placement.experience.stream.ExperienceProjector;
import edu.lifecycle.placement.topics.PlacementTopics;
import edu.lifecycle.placement.validation.stream.PendingValidationsProjector;
import edu.lifecycle.placement.workstudy.stream.WorkStudyProjector;
import java.util.List;

/**
 * The read models per programme year, assembled where every feature is seen: each feature's projector fed by the
 * cohort's row changes. The cohort plumbing does not know the features (they depend on it, one way), so a new
 * programme-year read model is added here, and the service and its topology tests run the same list.
 */
public final class ProgrammeYearReadModels {

    private ProgrammeYearReadModels() {}

    public static CohortReadModelsTopology topology(PlacementTopics topics) {
        return new CohortReadModelsTopology(
                topics,
                List.of(
                        PendingValidationsProjector.readModel(),
                        WorkStudyProjector.readModel(),
                        GraduateOutcomesProjector.readModel(),
                        ExperienceProjector.readModel()));
    }
}
