package edu.lifecycle.placement.cohort;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A programme year, e.g. {@code M2-ISD/2026-2027}: the key of every read model spanning students. */
public record Cohort(String programme, String academicYear) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    public Cohort {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(academicYear, "academicYear");
    }

    /** A cohort named by a client: empty when the year is not two consecutive years such as 2026-2027. */
    public static Optional<Cohort> parse(String programme, String academicYear) {
        var year = YEAR.matcher(academicYear == null ? "" : academicYear.strip());
        if (programme == null || programme.isBlank() || !year.matches()) {
            return Optional.empty();
        }
        if (Integer.parseInt(year.group(2)) != Integer.parseInt(year.group(1)) + 1) {
            return Optional.empty();
        }
        return Optional.of(new Cohort(programme.strip(), year.group()));
    }

    public String key() {
        return programme + "/" + academicYear;
    }
}
