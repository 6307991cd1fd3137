package edu.lifecycle.admissions.cohort;

import java.time.LocalDate;

/**
 * An enrolled student's line in the cohort roster, with where they stand in each service's part of their year.
 *
 * @param depositPaid the payments allocated to the schedule's DEPOSIT line cover it
 * @param workStudy a work-study contract was signed: the employer pays the tuition
 * @param dissertationDefended the dissertation defense was passed
 * @param mention the degree's mention, {@code null} until the degree is awarded
 */
public record RosterEntry(
        String studentId,
        String programme,
        String academicYear,
        String stream,
        String scheme,
        LocalDate registeredOn,
        boolean depositPaid,
        boolean tuitionSettled,
        boolean workStudy,
        boolean experienceRequirementMet,
        boolean dissertationDefended,
        boolean degreeAwarded,
        String mention,
        boolean withdrawn) {

    static RosterEntry of(
            String studentId, Cohort cohort, Registration registration, LifecycleFlags flags, boolean withdrawn) {
        return new RosterEntry(
                studentId,
                cohort.programme(),
                cohort.academicYear(),
                registration.stream(),
                registration.scheme(),
                registration.registeredOn(),
                flags.deposit().paid(),
                flags.tuitionSettled(),
                flags.workStudy(),
                flags.experienceRequirementMet(),
                flags.dissertationDefended(),
                flags.degreeMention() != null,
                flags.degreeMention(),
                withdrawn);
    }
}
