package edu.lifecycle.servicekit.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The academic years the school has opened, one list that every service reads ({@code lifecycle.calendar.*}), so that
 * admissions never accepts an application for a year that billing cannot bill. A year is written {@code YYYY-YYYY}
 * with consecutive years and starts on {@link #yearStart()} of its first calendar year.
 *
 * @param openYears the years open for applications and enrollment, e.g. {@code 2026-2027}
 * @param yearStart the day each academic year starts (and the previous one ends)
 */
public record AcademicCalendar(List<String> openYears, MonthDay yearStart) {

    /** Years a school could plausibly open: a year of 1900 or 9999 is a typing error, not a cohort. */
    public static final int EARLIEST_START = 2000;

    public static final int LATEST_START = 2199;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    public AcademicCalendar {
        Objects.requireNonNull(yearStart, "yearStart");
        openYears = List.copyOf(openYears);
        if (openYears.isEmpty()) {
            throw new IllegalArgumentException(
                    "lifecycle.calendar.open-years: at least one academic year must be open");
        }
        for (String year : openYears) {
            if (startYearOf(year).isEmpty()) {
                throw new IllegalArgumentException("lifecycle.calendar.open-years: '" + year
                        + "' is not an academic year written YYYY-YYYY with consecutive years between "
                        + EARLIEST_START + " and " + (LATEST_START + 1));
            }
        }
    }

    /** The first calendar year of {@code academicYear}, when it is well written and plausible; else empty. */
    public static Optional<Integer> startYearOf(String academicYear) {
        if (academicYear == null) {
            return Optional.empty();
        }
        var matcher = YEAR.matcher(academicYear);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        if (end != start + 1 || start < EARLIEST_START || start > LATEST_START) {
            return Optional.empty();
        }
        return Optional.of(start);
    }

    /** Whether {@code academicYear} is open: the only years anyone may apply, enroll, bill or report on. */
    public boolean isOpen(String academicYear) {
        return openYears.contains(academicYear);
    }

    /** The day {@code academicYear} starts; throws for a year that is not well written. */
    public LocalDate startOf(String academicYear) {
        int start = startYearOf(academicYear)
                .orElseThrow(() -> new IllegalArgumentException("Not an academic year: " + academicYear));
        return yearStart.atYear(start);
    }

    /** The last day of {@code academicYear}: the day before the next one starts. */
    public LocalDate endOf(String academicYear) {
        return startOf(academicYear).plusYears(1).minusDays(1);
    }

    /** The open years missing from {@code covered}, in calendar order: what a service's reference data lacks. */
    public List<String> missingFrom(Collection<String> covered) {
        return openYears.stream().filter(year -> !covered.contains(year)).toList();
    }
}
