package edu.lifecycle.billing.config;

import edu.lifecycle.billing.account.TuitionCatalog;
import edu.lifecycle.billing.account.TuitionTerms;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
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
 */
@ConfigurationProperties("lifecycle.billing")
public record BillingProperties(ZoneId zone, Duration overdueScanInterval, List<ProgrammeTerms> programmes) {

    public BillingProperties {
        zone = zone == null ? TuitionCatalog.DEFAULT_ZONE : zone;
        overdueScanInterval = overdueScanInterval == null ? Duration.ofMinutes(1) : overdueScanInterval;
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    /** The reference data as the domain sees it; a malformed entry stops start-up with its message. */
    public TuitionCatalog toCatalog() {
        return TuitionCatalog.of(
                programmes.stream().map(ProgrammeTerms::toTerms).toList(), zone);
    }

    /**
     * One programme's terms.
     *
     * @param cashDiscount a fraction: 0.05 is 5 % off
     * @param gracePeriod e.g. P15D
     * @param instalmentDates per academic year ({@code 2026-2027}), the instalments' due dates in order (ISO dates)
     */
    public record ProgrammeTerms(
            String id,
            BigDecimal fee,
            BigDecimal deposit,
            BigDecimal cashDiscount,
            Period gracePeriod,
            Map<String, List<String>> instalmentDates) {

        TuitionTerms toTerms() {
            var dates = new LinkedHashMap<String, List<LocalDate>>();
            (instalmentDates == null ? Map.<String, List<String>>of() : instalmentDates)
                    .forEach((year, days) ->
                            dates.put(year, days.stream().map(LocalDate::parse).toList()));
            return new TuitionTerms(
                    id,
                    fee,
                    deposit,
                    dates,
                    cashDiscount == null ? BigDecimal.ZERO : cashDiscount,
                    gracePeriod == null ? Period.ZERO : gracePeriod);
        }
    }
}
