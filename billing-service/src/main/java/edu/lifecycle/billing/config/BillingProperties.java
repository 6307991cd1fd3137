package edu.lifecycle.billing.config;

import edu.lifecycle.billing.account.InstalmentPlan;
import edu.lifecycle.billing.account.TuitionCatalog;
import edu.lifecycle.billing.account.TuitionTerms;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tuition terms of each programme, from configuration ({@code lifecycle.billing}), so a fee or a due date
 * changes without code.
 *
 * @param zone whose calendar says when a line falls due; Europe/Paris when absent
 * @param overdueScanInterval how often, in wall-clock time, accounts are scanned for overdue lines; 1 minute when
 *     absent
 * @param receivedAtSkew how far in the future a payment's {@code receivedAt} may be, for clocks that disagree; 5
 *     minutes when absent
 */
@ConfigurationProperties("lifecycle.billing")
public record BillingProperties(
        ZoneId zone, Duration overdueScanInterval, Duration receivedAtSkew, List<ProgrammeTerms> programmes) {

    static final String PREFIX = "lifecycle.billing";

    public BillingProperties {
        zone = zone == null ? TuitionCatalog.DEFAULT_ZONE : zone;
        overdueScanInterval = overdueScanInterval == null ? Duration.ofMinutes(1) : overdueScanInterval;
        receivedAtSkew = receivedAtSkew == null ? Duration.ofMinutes(5) : receivedAtSkew;
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    /** The reference data as the domain sees it; a malformed entry stops start-up with its message. */
    public TuitionCatalog toCatalog() {
        var terms = new ArrayList<TuitionTerms>();
        for (int index = 0; index < programmes.size(); index++) {
            terms.add(programmes.get(index).toTerms(property(index, "")));
        }
        return TuitionCatalog.of(terms, zone);
    }

    /** The property path of programme {@code index}'s {@code suffix}, as an operator would set it. */
    static String property(int index, String suffix) {
        return PREFIX + ".programmes[" + index + "]" + suffix;
    }

    int indexOf(String programme) {
        for (int index = 0; index < programmes.size(); index++) {
            if (programme.equals(programmes.get(index).id())) {
                return index;
            }
        }
        return -1;
    }

    /**
     * One programme's terms.
     *
     * @param cashDiscount a fraction: 0.05 is 5 % off
     * @param gracePeriod e.g. P15D
     */
    public record ProgrammeTerms(
            String id,
            BigDecimal fee,
            BigDecimal deposit,
            BigDecimal cashDiscount,
            Period gracePeriod,
            Instalments instalments) {

        TuitionTerms toTerms(String path) {
            if (id == null || id.isBlank() || fee == null || deposit == null) {
                throw new IllegalArgumentException(path + ": a programme needs an id, a fee and a deposit");
            }
            return new TuitionTerms(
                    id,
                    fee,
                    deposit,
                    (instalments == null ? new Instalments(null, null, null) : instalments)
                            .toPlan(path + ".instalments"),
                    cashDiscount == null ? BigDecimal.ZERO : cashDiscount,
                    gracePeriod == null ? Period.ZERO : gracePeriod);
        }
    }

    /**
     * When a programme's instalments fall due. The rule ({@code count} and {@code firstDue}) covers every academic
     * year, so opening a year needs no new dates; {@code dates} lists a year's dates explicitly, and wins over the
     * rule for that year.
     *
     * @param count how many instalments; 6 when a rule is given without it
     * @param firstDue {@code MM-dd}: the first instalment falls due on that day of the year's first calendar year, the
     *     others one month apart
     * @param dates per academic year ({@code 2026-2027}), the instalments' due dates in order (ISO dates)
     */
    public record Instalments(Integer count, String firstDue, Map<String, List<String>> dates) {

        InstalmentPlan toPlan(String path) {
            var listed = new LinkedHashMap<String, List<LocalDate>>();
            (dates == null ? Map.<String, List<String>>of() : dates).forEach((year, days) -> {
                try {
                    listed.put(year, days.stream().map(LocalDate::parse).toList());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(
                            path + ".dates.[" + year + "]: not a list of ISO dates: " + days, e);
                }
            });
            if (firstDue == null) {
                return InstalmentPlan.listed(listed);
            }
            MonthDay first;
            try {
                first = MonthDay.parse("--" + firstDue);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        path + ".first-due: '" + firstDue + "' is not a month and day written MM-dd", e);
            }
            return InstalmentPlan.monthly(count == null ? 6 : count, first).withYearDates(listed);
        }
    }
}
