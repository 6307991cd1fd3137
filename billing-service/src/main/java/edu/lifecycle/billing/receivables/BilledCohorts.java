package edu.lifecycle.billing.receivables;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The programme years billing reports on: a programme it bills, in an academic year the school has opened. Billing's
 * own copy of the shared calendar's open years, so the read models need nothing outside billing.
 */
public record BilledCohorts(Set<String> programmes, List<String> openYears) {

    public BilledCohorts {
        programmes = Set.copyOf(programmes);
        openYears = List.copyOf(openYears);
    }

    /** Why billing has nothing to say about {@code cohort}; empty when it does. */
    public Optional<String> whyNotBilled(Cohort cohort) {
        if (!programmes.contains(cohort.programme())) {
            return Optional.of("Billing does not bill programme " + cohort.programme() + ".");
        }
        if (!openYears.contains(cohort.academicYear())) {
            return Optional.of("The academic year " + cohort.academicYear() + " is not open.");
        }
        return Optional.empty();
    }
}
