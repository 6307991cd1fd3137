package edu.lifecycle.placement.placement.web;

import edu.lifecycle.servicekit.web.FieldProblem;
import edu.lifecycle.servicekit.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of a placement a person could mean: within five years either side of today (by the service's clock), and
 * a placement that ends after it starts. Anything else (year 0000 or 9999, a typo in the century, an end before or on
 * the start) is a malformed request: 400 naming each field at fault. The business rules on plausible dates (length,
 * overlap, the academic year) stay in the domain.
 */
final class PlausibleDates {

    static final Period WINDOW = Period.ofYears(5);

    private final LocalDate today;
    private final List<FieldProblem> problems = new ArrayList<>();

    private PlausibleDates(LocalDate today) {
        this.today = today;
    }

    static PlausibleDates asOf(LocalDate today) {
        return new PlausibleDates(today);
    }

    PlausibleDates day(String field, LocalDate day) {
        if (day.isBefore(today.minus(WINDOW)) || day.isAfter(today.plus(WINDOW))) {
            problems.add(new FieldProblem(
                    field,
                    "must lie within five years of today (" + today + "), from " + today.minus(WINDOW) + " to "
                            + today.plus(WINDOW) + ", not " + day));
        }
        return this;
    }

    /** The start and end of a placement: each plausible, and the end after the start. */
    PlausibleDates period(String startField, LocalDate startOn, String endField, LocalDate endOn) {
        day(startField, startOn).day(endField, endOn);
        if (!endOn.isAfter(startOn)) {
            problems.add(
                    new FieldProblem(endField, "must come after " + startField + " (" + startOn + "), not " + endOn));
        }
        return this;
    }

    /** @throws InvalidRequestException 400 listing every field at fault, when there is one */
    void require() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(List.copyOf(problems));
        }
    }
}
