package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The academic calendar every service shares ({@code lifecycle.calendar.*}). The defaults here are the one place a
 * year is opened for the whole system; an operator opens one more with a single setting for all services, e.g. the
 * environment variable {@code LIFECYCLE_CALENDAR_OPEN_YEARS=2026-2027,2027-2028,2028-2029}.
 *
 * @param openYears the academic years open for applications, enrollment, billing and reporting
 * @param yearStart the month and day each academic year starts, {@code MM-dd}
 */
@ConfigurationProperties("lifecycle.calendar")
public record CalendarProperties(
        @DefaultValue({"2026-2027", "2027-2028"}) List<String> openYears,
        @DefaultValue("09-01") String yearStart) {

    AcademicCalendar toCalendar() {
        MonthDay start;
        try {
            start = MonthDay.parse("--" + yearStart);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "lifecycle.calendar.year-start: '" + yearStart + "' is not a month and day written MM-dd", e);
        }
        return new AcademicCalendar(openYears, start);
    }
}
