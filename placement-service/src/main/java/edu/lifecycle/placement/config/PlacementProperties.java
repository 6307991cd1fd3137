package edu.lifecycle.placement.config;

import edu.lifecycle.placement.placement.Programme;
import edu.lifecycle.placement.placement.ProgrammeCatalog;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The experience rules of each programme, from configuration ({@code lifecycle.placement.programmes}), so a new
 * programme or a changed requirement needs no code.
 */
@ConfigurationProperties("lifecycle.placement")
public record PlacementProperties(List<ProgrammeEntry> programmes) {

    public PlacementProperties {
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    /** The reference data as the domain sees it; a malformed entry stops start-up with its message. */
    public ProgrammeCatalog toCatalog() {
        return ProgrammeCatalog.of(
                programmes.stream().map(ProgrammeEntry::toProgramme).toList());
    }

    /**
     * One programme.
     *
     * @param requiredMonths validated experience the year requires
     * @param internshipMinimumMonths shortest internship agreement
     * @param internshipMaximumMonths longest internship agreement
     * @param workStudyMaximumMonths longest work-study contract
     * @param zone where the programme runs; Europe/Paris when absent
     */
    public record ProgrammeEntry(
            String id,
            BigDecimal requiredMonths,
            BigDecimal internshipMinimumMonths,
            BigDecimal internshipMaximumMonths,
            BigDecimal workStudyMaximumMonths,
            ZoneId zone) {

        Programme toProgramme() {
            return new Programme(
                    id,
                    requiredMonths,
                    internshipMinimumMonths,
                    internshipMaximumMonths,
                    workStudyMaximumMonths,
                    zone == null ? Programme.DEFAULT_ZONE : zone);
        }
    }
}
