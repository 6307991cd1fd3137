package edu.lifecycle.billing.config;

import edu.lifecycle.billing.account.TuitionCatalog;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import java.util.ArrayList;

/**
 * At start-up, billing's reference data must cover every academic year the school has opened: each programme billed
 * must know its instalment dates in each open year, and those dates must lie within the year. Otherwise the service
 * does not start, and says which year and which property, rather than refusing enrollments one by one later.
 */
final class ReferenceDataCheck {

    private ReferenceDataCheck() {}

    static void verify(BillingProperties properties, TuitionCatalog catalog, AcademicCalendar calendar) {
        var problems = new ArrayList<String>();
        catalog.yearsWithoutInstalmentDates(calendar.openYears()).forEach((programme, years) -> {
            var path = BillingProperties.property(properties.indexOf(programme), ".instalments");
            for (var year : years) {
                problems.add("no instalment dates for " + programme + " in the open academic year " + year + ": set "
                        + path + ".first-due (a monthly rule for every year) or " + path + ".dates.[" + year + "]");
            }
        });
        catalog.programmes().forEach((programme, terms) -> {
            var path = BillingProperties.property(properties.indexOf(programme), ".instalments");
            for (var year : calendar.openYears()) {
                var start = calendar.startOf(year);
                var end = calendar.endOf(year);
                terms.instalmentDatesOf(year)
                        .ifPresent(dates -> dates.stream()
                                .filter(date -> date.isBefore(start) || date.isAfter(end))
                                .findFirst()
                                .ifPresent(date -> problems.add("the instalment of " + programme + " due " + date
                                        + " lies outside the academic year " + year + " (" + start + " to " + end
                                        + "): check "
                                        + path)));
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Billing's reference data does not cover the open academic years ("
                    + String.join(", ", calendar.openYears()) + "): " + String.join("; ", problems) + ".");
        }
    }
}
