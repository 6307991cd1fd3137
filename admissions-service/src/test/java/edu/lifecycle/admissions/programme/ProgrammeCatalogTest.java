package edu.lifecycle.admissions.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
                .isThrownBy(() -> ProgrammeCatalog.of(Programmes.m2Isd(), Programmes.m2Isd()));
    }
}
