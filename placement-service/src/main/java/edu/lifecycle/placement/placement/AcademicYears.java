package edu.lifecycle.placement.placement;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The school's academic calendar as placement reads it: the day each academic year starts, derived by one rule from
 * the year's name (so every year, open or past, has a start), and the years open now.
 *
 * @param yearStart the month and day an academic year {@code YYYY-YYYY} starts in its first calendar year
 * @param openYears the years open for enrollment and reporting
 */
public record AcademicYears(MonthDay yearStart, List<String> openYears) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    public AcademicYears {
        Objects.requireNonNull(yearStart, "yearStart");
        openYears = List.copyOf(openYears);
    }

    /** The first day of {@code academicYear}; empty when the name is not two consecutive years. */
    public Optional<LocalDate> firstDayOf(String academicYear) {
        var matcher = YEAR.matcher(academicYear == null ? "" : academicYear);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        if (Integer.parseInt(matcher.group(2)) != first + 1) {
            return Optional.empty();
        }
        return Optional.of(yearStart.atYear(first));
    }

    public boolean isOpen(String academicYear) {
        return openYears.contains(academicYear);
    }
}
