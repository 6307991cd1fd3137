package edu.lifecycle.placement.experience;

import edu.lifecycle.placement.cohort.StudentRow;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A student's validated experience against the requirement their record opened with.
 *
 * @param monthsMissing months still to validate; 0.00 once the requirement is met
 */
public record ExperienceStanding(
        String studentId,
        BigDecimal validatedMonths,
        BigDecimal requiredMonths,
        boolean met,
        BigDecimal monthsMissing) {

    /**
     * The standing of a student the programme year counts: enrolled and not withdrawn (a student who left is no longer
     * held to the requirement), with a known requirement. Empty for anyone else.
     */
    public static Optional<ExperienceStanding> of(StudentRow row) {
        if (row == null || !row.enrolled() || row.withdrawn()) {
            return Optional.empty();
        }
        return row.experience()
                .map(experience -> new ExperienceStanding(
                        row.studentId(),
                        experience.validatedMonths(),
                        experience.requiredMonths(),
                        experience.met(),
                        experience.monthsMissing()));
    }
}
