package edu.lifecycle.billing.account;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * When a programme's instalments fall due in an academic year (reference data). By a rule, so that opening a year
 * needs no new dates: the first on {@code firstDue} of the year's first calendar year, then one a month on the same
 * day, {@code count} in all. A year may still have its own list of dates, which wins over the rule.
 *
 * @param count how many instalments the rule makes; 0 when the programme has no rule
 * @param firstDue the month and day of the first instalment; {@code null} when the programme has no rule
 * @param yearDates per academic year ({@code 2026-2027}), an explicit list of due dates in order
 */
public record InstalmentPlan(int count, MonthDay firstDue, Map<String, List<LocalDate>> yearDates) {

    private static final Pattern ACADEMIC_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    public InstalmentPlan {
        yearDates = yearDates == null ? Map.of() : Map.copyOf(yearDates);
        if (firstDue != null && count < 1) {
            throw new IllegalArgumentException("A monthly instalment rule needs a count of at least 1, not " + count);
        }
        yearDates.forEach((year, dates) -> {
            for (int index = 1; index < dates.size(); index++) {
                if (!dates.get(index).isAfter(dates.get(index - 1))) {
                    throw new IllegalArgumentException("The instalment dates of " + year + " must be in order: "
                            + dates.get(index) + " after " + dates.get(index - 1));
                }
            }
        });
    }

    /** One instalment a month from {@code firstDue}, in every year. */
    public static InstalmentPlan monthly(int count, MonthDay firstDue) {
        return new InstalmentPlan(count, Objects.requireNonNull(firstDue, "firstDue"), Map.of());
    }

    /** Only the years listed, each with its dates. */
    public static InstalmentPlan listed(Map<String, List<LocalDate>> yearDates) {
        return new InstalmentPlan(0, null, yearDates);
    }

    public InstalmentPlan withYearDates(Map<String, List<LocalDate>> dates) {
        return new InstalmentPlan(count, firstDue, dates);
    }

    /** The reference due dates of the year's instalments, in order; empty when neither a list nor the rule applies. */
    public Optional<List<LocalDate>> dueDatesOf(String academicYear) {
        var listed = yearDates.get(academicYear);
        if (listed != null && !listed.isEmpty()) {
            return Optional.of(listed);
        }
        if (firstDue == null) {
            return Optional.empty();
        }
        return firstCalendarYearOf(academicYear).map(year -> {
            var first = firstDue.atYear(year);
            // each from the first, so a 31st stays the 31st where the month has one
            return IntStream.range(0, count).mapToObj(first::plusMonths).toList();
        });
    }

    static Optional<Integer> firstCalendarYearOf(String academicYear) {
        var matcher = ACADEMIC_YEAR.matcher(academicYear == null ? "" : academicYear);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(matcher.group(1));
        return Integer.parseInt(matcher.group(2)) == start + 1 ? Optional.of(start) : Optional.empty();
    }
}
