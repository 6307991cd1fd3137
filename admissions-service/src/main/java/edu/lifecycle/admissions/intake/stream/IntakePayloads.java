package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.AdmissionDecision;
import java.math.BigDecimal;

/** The bodies of intake commands; applications send them, no client does. */
public final class IntakePayloads {

    public static final String PLACE_APPLICANT = "place-applicant";
    public static final String RELEASE_SEAT = "release-seat";

    private IntakePayloads() {}

    public record PlaceApplicant(String studentId, AdmissionDecision requested, String reason, BigDecimal examScore) {}

    public record ReleaseSeat(String studentId) {}
}
