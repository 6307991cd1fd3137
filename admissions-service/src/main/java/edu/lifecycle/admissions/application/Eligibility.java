package edu.lifecycle.admissions.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The eligibility verdict in force.
 *
 * @param eligible the verdict that holds now, the officer's when overridden
 * @param assessedReasons why the automatic check found the applicant ineligible; kept after an override
 * @param requiredEcts the programme's minimum at assessment time
 */
public record Eligibility(
        boolean eligible,
        List<IneligibilityReason> assessedReasons,
        int requiredEcts,
        Instant assessedAt,
        Optional<OfficerOverride> override) {

    public Eligibility {
        assessedReasons = List.copyOf(assessedReasons);
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(override, "override");
    }

    /** An officer's replacement of the automatic verdict. */
    public record OfficerOverride(String reason, String officer, Instant at) {

        public OfficerOverride {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(officer, "officer");
            Objects.requireNonNull(at, "at");
        }
    }

    Eligibility overriddenBy(OfficerOverride override, boolean eligible) {
        return new Eligibility(eligible, assessedReasons, requiredEcts, assessedAt, Optional.of(override));
    }
}
