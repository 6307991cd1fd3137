package edu.lifecycle.curriculum.transcript.web;

import edu.lifecycle.servicekit.web.FieldProblem;
import edu.lifecycle.servicekit.web.Problems;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

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

    /** @throws ErrorResponseException 400 with the field at fault when the date is outside the window */
    static void require(Instant defenseAt, Instant now) {
        if (defenseAt.isBefore(now.minus(EARLIEST)) || defenseAt.isAfter(now.plus(LATEST))) {
            var problem =
                    Problems.problem(HttpStatus.BAD_REQUEST, "Invalid request", "Field " + FIELD + " is invalid.");
            problem.setProperty(
                    "errors",
                    List.of(new FieldProblem(
                            FIELD,
                            "must lie between a year before and two years after today (" + now + "), not "
                                    + defenseAt)));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
    }
}
