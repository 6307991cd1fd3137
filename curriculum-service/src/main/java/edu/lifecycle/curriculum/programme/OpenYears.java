package edu.lifecycle.curriculum.programme;

import java.util.List;

/**
 * The academic years the school has opened, as the curriculum sees them: the years a cohort's results exist for even
 * before anyone enrolled. The curriculum's reference data is per programme, not per year, so every open year is
 * covered by every programme.
 */
public record OpenYears(List<String> years) {

    public OpenYears {
        years = List.copyOf(years);
    }

    public boolean contains(String academicYear) {
        return years.contains(academicYear);
    }
}
