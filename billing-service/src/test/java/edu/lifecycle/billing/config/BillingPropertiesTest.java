package edu.lifecycle.billing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BillingPropertiesTest {

    @Test
    void theConfiguredTermsBecomeTheDomainsTuitionCatalog() {
        var properties = new BillingProperties(null, null, List.of(m2Isd(new BigDecimal("1500.00"))));

        var catalog = properties.toCatalog();

        var terms = catalog.terms("M2-ISD").orElseThrow();
        assertThat(catalog.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(properties.overdueScanInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(terms.cashPrice()).isEqualTo(new BigDecimal("9262.50"));
        assertThat(terms.gracePeriod()).isEqualTo(Period.ofDays(15));
        assertThat(terms.instalmentDatesOf("2026-2027").orElseThrow())
                .containsExactly(LocalDate.parse("2026-10-15"), LocalDate.parse("2026-11-15"));
    }

    @Test
    void aDepositAboveTheFeeStopsStartUpWithItsReason() {
        var properties = new BillingProperties(null, null, List.of(m2Isd(new BigDecimal("10000.00"))));

        assertThatThrownBy(properties::toCatalog).hasMessageContaining("deposit of M2-ISD exceeds its fee");
    }

    private static BillingProperties.ProgrammeTerms m2Isd(BigDecimal deposit) {
        return new BillingProperties.ProgrammeTerms(
                "M2-ISD",
                new BigDecimal("9750.00"),
                deposit,
                new BigDecimal("0.05"),
                Period.ofDays(15),
                Map.of("2026-2027", List.of("2026-10-15", "2026-11-15")));
    }
}
