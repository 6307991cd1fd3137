package edu.lifecycle.admissions.application;

import edu.lifecycle.admissions.programme.Programme;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import java.util.ArrayList;
import java.util.List;

/** The automatic eligibility check: the programme's entry requirement and what it offers. */
final class AssessingEligibility {

    private AssessingEligibility() {}

    /** Every reason that applies, in the enum's order, so the same file always reads the same. */
    static List<IneligibilityReason> reasonsAgainst(
            Programme programme, PriorDegree degree, StudyStream stream, TrainingScheme scheme) {
        var reasons = new ArrayList<IneligibilityReason>();
        if (degree.ects() < programme.minimumEcts()) {
            reasons.add(IneligibilityReason.INSUFFICIENT_ECTS);
        }
        if (!programme.offers(stream)) {
            reasons.add(IneligibilityReason.STREAM_NOT_OFFERED);
        }
        if (!programme.offers(scheme)) {
            reasons.add(IneligibilityReason.SCHEME_NOT_OFFERED);
        }
        return List.copyOf(reasons);
    }
}
