package edu.lifecycle.placement.placement;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What placement needs to know of a programme, from reference data.
 *
 * @param requiredMonths validated experience the year requires, e.g. 6.00
 * @param internshipMinimumMonths shortest internship agreement, e.g. 4.00
 * @param internshipMaximumMonths longest internship agreement, e.g. 6.00
 * @param workStudyMaximumMonths longest work-study contract, e.g. 36.00
 * @param zone where the programme runs: it decides which day it is
 */
public record Programme(
        String id,
        BigDecimal requiredMonths,
        BigDecimal internshipMinimumMonths,
        BigDecimal internshipMaximumMonths,
        BigDecimal workStudyMaximumMonths,
        ZoneId zone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        requiredMonths = positive(requiredMonths, "requiredMonths");
        internshipMinimumMonths = positive(internshipMinimumMonths, "internshipMinimumMonths");
        internshipMaximumMonths = positive(internshipMaximumMonths, "internshipMaximumMonths");
        workStudyMaximumMonths = positive(workStudyMaximumMonths, "workStudyMaximumMonths");
        if (internshipMaximumMonths.compareTo(internshipMinimumMonths) < 0) {
            throw new IllegalArgumentException(id + ": the longest internship is shorter than the shortest");
        }
    }

    private static BigDecimal positive(BigDecimal months, String name) {
        Objects.requireNonNull(months, name);
        if (months.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + months);
        }
        return Months.of(months);
    }
}
