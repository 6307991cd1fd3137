package edu.lifecycle.admissions.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeCatalogTest {

    @Test
    void findsAProgrammeByItsId() {
        assertThat(Programmes.catalog().find("M2-ISI")).contains(Programmes.m2Isi());
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(Programmes.catalog().find("M2-UNKNOWN")).isEmpty();
        assertThat(Programmes.catalog().find(null)).isEmpty();
    }

    @Test
    void listsProgrammesInTheOrderConfigured() {
        assertThat(Programmes.catalog().all()).extracting(Programme::id).containsExactly("M2-ISD", "M2-ISI");
    }

    @Test
    void refusesTwoProgrammesWithTheSameId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        ProgrammeCatalog.of(List.of(Programmes.YEAR), List.of(Programmes.m2Isd(), Programmes.m2Isd())));
    }

    @Test
    void knowsWhichAcademicYearsAreOpen() {
        var catalog = Programmes.catalog();

        assertThat(catalog.isOpen(Programmes.YEAR)).isTrue();
        assertThat(catalog.isOpen(Programmes.NEXT_YEAR)).isTrue();
        assertThat(catalog.isOpen(Programmes.CLOSED_YEAR)).isFalse();
        assertThat(catalog.openYearsText()).isEqualTo("2026-2027, 2027-2028");
    }

    @Test
    void refusesAProgrammeThatStatesNoCapacityForAnOpenYear() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProgrammeCatalog.of(
                        List.of(Programmes.YEAR, Programmes.CLOSED_YEAR), List.of(Programmes.m2Isd())))
                .withMessageContaining("M2-ISD")
                .withMessageContaining("2030-2031");
    }

    @Test
    void refusesACatalogWithNoOpenYear() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProgrammeCatalog.of(List.of(), List.of(Programmes.m2Isd())));
    }
}
