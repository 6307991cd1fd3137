package edu.lifecycle.billing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BillingPropertiesTest {

    private static final AcademicCalendar TWO_YEARS_OPEN =
            new AcademicCalendar(List.of("2026-2027", "2027-2028"), MonthDay.of(9, 1));

    @Test
    void theConfiguredTermsBecomeTheDomainsTuitionCatalog() {
        var properties = properties(m2Isd(new BigDecimal("1500.00"), byRule()));

        var catalog = properties.toCatalog();

        var terms = catalog.terms("M2-ISD").orElseThrow();
        assertThat(catalog.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(properties.overdueScanInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.receivedAtSkew()).isEqualTo(Duration.ofMinutes(5));
        assertThat(terms.cashPrice()).isEqualTo(new BigDecimal("9262.50"));
        assertThat(terms.gracePeriod()).isEqualTo(Period.ofDays(15));
    }

    @Test
    void theRuleDerivesSixMonthlyInstalmentsFromTheFirstDueDayOfTheYearsFirstCalendarYear() {
        var terms = properties(m2Isd(new BigDecimal("1500.00"), byRule()))
                .toCatalog()
                .terms("M2-ISD")
                .orElseThrow();

        assertThat(terms.instalmentDatesOf("2027-2028").orElseThrow())
                .containsExactly(
                        LocalDate.parse("2027-10-15"),
                        LocalDate.parse("2027-11-15"),
                        LocalDate.parse("2027-12-15"),
                        LocalDate.parse("2028-01-15"),
                        LocalDate.parse("2028-02-15"),
                        LocalDate.parse("2028-03-15"));
    }

    @Test
    void aYearsOwnListOfDatesWinsOverTheRule() {
        var instalments =
                new BillingProperties.Instalments(6, "10-15", Map.of("2026-2027", List.of("2026-10-20", "2026-11-20")));

        var terms = properties(m2Isd(new BigDecimal("1500.00"), instalments))
                .toCatalog()
                .terms("M2-ISD")
                .orElseThrow();

        assertThat(terms.instalmentDatesOf("2026-2027").orElseThrow())
                .containsExactly(LocalDate.parse("2026-10-20"), LocalDate.parse("2026-11-20"));
        assertThat(terms.instalmentDatesOf("2027-2028").orElseThrow()).hasSize(6);
    }

    @Test
    void aRuleCoversEveryOpenYearSoStartUpGoesOn() {
        var properties = properties(m2Isd(new BigDecimal("1500.00"), byRule()));

        assertThatCode(() -> ReferenceDataCheck.verify(properties, properties.toCatalog(), TWO_YEARS_OPEN))
                .doesNotThrowAnyException();
    }

    @Test
    void anOpenYearWithoutInstalmentDatesStopsStartUpNamingTheYearAndTheProperty() {
        var onlyThisYear =
                new BillingProperties.Instalments(null, null, Map.of("2026-2027", List.of("2026-10-15", "2026-11-15")));
        var properties = properties(m2Isd(new BigDecimal("1500.00"), onlyThisYear));

        assertThatThrownBy(() -> ReferenceDataCheck.verify(properties, properties.toCatalog(), TWO_YEARS_OPEN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("M2-ISD in the open academic year 2027-2028")
                .hasMessageContaining("lifecycle.billing.programmes[0].instalments.first-due")
                .hasMessageContaining("lifecycle.billing.programmes[0].instalments.dates.[2027-2028]")
                .hasMessageNotContaining("year 2026-2027:");
    }

    @Test
    void instalmentDatesOutsideTheirAcademicYearStopStartUp() {
        // 15 January of the first calendar year falls before a year starting on 1 September
        var properties =
                properties(m2Isd(new BigDecimal("1500.00"), new BillingProperties.Instalments(6, "01-15", null)));

        assertThatThrownBy(() -> ReferenceDataCheck.verify(properties, properties.toCatalog(), TWO_YEARS_OPEN))
                .hasMessageContaining("due 2026-01-15 lies outside the academic year 2026-2027")
                .hasMessageContaining("lifecycle.billing.programmes[0].instalments");
    }

    @Test
    void aMalformedFirstDueDayStopsStartUpNamingTheProperty() {
        var properties =
                properties(m2Isd(new BigDecimal("1500.00"), new BillingProperties.Instalments(6, "15-10", null)));

        assertThatThrownBy(properties::toCatalog)
                .hasMessageContaining("lifecycle.billing.programmes[0].instalments.first-due")
                .hasMessageContaining("'15-10'");
    }

    @Test
    void aDepositAboveTheFeeStopsStartUpWithItsReason() {
        var properties = properties(m2Isd(new BigDecimal("10000.00"), byRule()));

        assertThatThrownBy(properties::toCatalog).hasMessageContaining("deposit of M2-ISD exceeds its fee");
    }

    private static BillingProperties properties(BillingProperties.ProgrammeTerms terms) {
        return new BillingProperties(null, null, null, List.of(terms));
    }

    private static BillingProperties.Instalments byRule() {
        return new BillingProperties.Instalments(6, "10-15", null);
    }

    private static BillingProperties.ProgrammeTerms m2Isd(
            BigDecimal deposit, BillingProperties.Instalments instalments) {
        return new BillingProperties.ProgrammeTerms(
                "M2-ISD", new BigDecimal("9750.00"), deposit, new BigDecimal("0.05"), Period.ofDays(15), instalments);
    }
}
