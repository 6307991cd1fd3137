package edu.lifecycle.admissions.programme;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An academic year written {@code YYYY-YYYY} with consecutive years, e.g. {@code 2026-2027}.
 *
 * @param startYear the calendar year in which the academic year begins
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

    public AcademicYear {
        if (startYear < 1000 || startYear > 9998) {
            throw new IllegalArgumentException("academic year must start on a four-digit year: " + startYear);
        }
    }

    /** Reads {@code 2026-2027}; anything else, including non-consecutive years, gives empty. */
    public static Optional<AcademicYear> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        if (end != start + 1 || start < 1000) {
            return Optional.empty();
        }
        return Optional.of(new AcademicYear(start));
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
