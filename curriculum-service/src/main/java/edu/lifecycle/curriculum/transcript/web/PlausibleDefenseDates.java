package edu.lifecycle.curriculum.transcript.web;

import edu.lifecycle.servicekit.web.FieldProblem;
import edu.lifecycle.servicekit.web.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A defense date a person could mean: from a year before to two years after now, by the service's clock. Outside
 * that window (year 0000, 9999, a typo in the century) the request is malformed and answered 400 naming
 * {@code defenseAt}; inside it, a date that is not in the future is the domain's {@code defense-in-the-past} (422).
 */
final class PlausibleDefenseDates {

    static final Duration EARLIEST = Duration.ofDays(366);
    static final Duration LATEST = Duration.ofDays(2 * 366);
    static final String FIELD = "defenseAt";

    private PlausibleDefenseDates() {}

    /** @throws InvalidRequestException 400 naming the field when the date is outside the window */
    static void require(Instant defenseAt, Instant now) {
        if (defenseAt.isBefore(now.minus(EARLIEST)) || defenseAt.isAfter(now.plus(LATEST))) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    FIELD,
                    "must lie between a year before and two years after today (" + now + "), not " + defenseAt)));
        }
    }
}
