package edu.lifecycle.placement.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.placement.placement.Programme;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementPropertiesTest {

    @Test
    void configuredProgrammesBecomeTheDomainsReferenceDataInExactMonths() {
        var properties = new PlacementProperties(List.of(entry("M2-ISD", "6", "4", "6")));

        var programme = properties.toCatalog().find("M2-ISD").orElseThrow();

        assertThat(programme.requiredMonths()).isEqualByComparingTo("6.00").hasScaleOf(2);
        assertThat(programme.internshipMinimumMonths()).isEqualByComparingTo("4.00");
        assertThat(programme.zone()).isEqualTo(Programme.DEFAULT_ZONE);
    }

    @Test
    void anInternshipRangeThatEndsBeforeItStartsStopsStartUp() {
        var properties = new PlacementProperties(List.of(entry("M2-ISD", "6", "6", "4")));

        assertThatThrownBy(properties::toCatalog).hasMessageContaining("M2-ISD");
    }

    @Test
    void aProgrammeListedTwiceStopsStartUp() {
        var properties =
                new PlacementProperties(List.of(entry("M2-ISD", "6", "4", "6"), entry("M2-ISD", "6", "4", "6")));

        assertThatThrownBy(properties::toCatalog).hasMessageContaining("defined twice");
    }

    @Test
    void aMissingRuleStopsStartUpNamingTheProgrammeAndTheProperty() {
        var incomplete = new PlacementProperties.ProgrammeEntry(
                "M2-NEW", null, new BigDecimal("4"), new BigDecimal("0"), new BigDecimal("36"), null);
        var properties = new PlacementProperties(List.of(entry("M2-ISD", "6", "4", "6"), incomplete));

        assertThatThrownBy(properties::toCatalog)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("programme M2-NEW")
                .hasMessageContaining("lifecycle.placement.programmes[1].required-months is missing")
                .hasMessageContaining("lifecycle.placement.programmes[1].internship-maximum-months");
    }

    @Test
    void noProgrammeAtAllStopsStartUpRatherThanRefusingEveryEnrollment() {
        assertThatThrownBy(() -> new PlacementProperties(null).toCatalog())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lifecycle.placement.programmes");
    }

    private static PlacementProperties.ProgrammeEntry entry(String id, String required, String min, String max) {
        return new PlacementProperties.ProgrammeEntry(
                id, new BigDecimal(required), new BigDecimal(min), new BigDecimal(max), new BigDecimal("36"), null);
    }
}
