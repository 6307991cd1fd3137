package edu.lifecycle.admissions.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

    @Test
    void statesItsSeatsOrAnExplicitlyUnlimitedCapacityPerYear() {
        var isd = Programmes.m2Isd();

        assertThat(isd.capacityFor(Programmes.YEAR)).contains(Capacity.seats(2));
        assertThat(isd.capacityFor(Programmes.NEXT_YEAR)).contains(Capacity.unlimited());
        assertThat(Capacity.unlimited().limit()).isEmpty();
    }

    @Test
    void aYearWithoutAStatedCapacityHasNoneRatherThanNoLimit() {
        assertThat(Programmes.m2Isd().capacityFor(Programmes.CLOSED_YEAR)).isEmpty();
    }

    @Test
    void runsInParisUnlessConfiguredElsewhere() {
        assertThat(Programmes.m2Isd().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void datesAnInstantWhereTheProgrammeRuns() {
        var justAfterMidnightInParis = Instant.parse("2026-12-31T23:30:00Z");

        assertThat(Programmes.m2Isd().localDateOf(justAfterMidnightInParis)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void knowsWhichStreamsAndSchemesItOffers() {
        var isi = Programmes.m2Isi();

        assertThat(isi.offers(StudyStream.PROFESSIONAL)).isTrue();
        assertThat(isi.offers(StudyStream.RESEARCH)).isFalse();
        assertThat(isi.offers(TrainingScheme.APPRENTICESHIP)).isFalse();
    }

    @Test
    void refusesANegativeCapacity() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Programme(
                        "M2-X",
                        "X",
                        240,
                        EnumSet.allOf(StudyStream.class),
                        EnumSet.allOf(TrainingScheme.class),
                        Map.of(Programmes.YEAR, Capacity.seats(-1))));
    }

    @Test
    void refusesAProgrammeThatOffersNoStream() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new Programme("M2-X", "X", 240, Set.of(), EnumSet.allOf(TrainingScheme.class), Map.of()));
    }
}
