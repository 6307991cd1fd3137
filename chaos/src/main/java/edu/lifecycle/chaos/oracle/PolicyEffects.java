package edu.lifecycle.chaos.oracle;

import java.util.List;
import java.util.Map;

/**
 * The effects the system makes by itself from another event of the same student (a policy or an automatic step),
 * each exactly once per source event: the oracle's model of the lifecycle the load plays.
 */
final class PolicyEffects {

    /** Effect type → the event type that causes it. */
    static final Map<String, String> SOURCES = Map.of(
            "EligibilityAssessed", "ApplicationSubmitted",
            "TuitionAccountOpened", "StudentEnrolled",
            "TranscriptOpened", "StudentEnrolled",
            "PlacementRecordOpened", "StudentEnrolled");

    /** Further effects a student's year may make by itself (settling, overdue scans): sourced by the student's enrollment. */
    static final List<String> ENROLLMENT_CONSEQUENCES =
            List.of("TuitionSettled", "InstalmentOverdue", "InstalmentsCancelled", "ExperienceRequirementMet");

    private PolicyEffects() {}
}
