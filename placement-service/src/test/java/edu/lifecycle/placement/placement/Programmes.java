package edu.lifecycle.placement.placement;

import java.math.BigDecimal;

/** The reference data of the tests: the two programmes as they ship. */
public final class Programmes {

    private Programmes() {}

    public static Programme securityAndDefense() {
        return programme("M2-ISD");
    }

    public static ProgrammeCatalog catalog() {
        return ProgrammeCatalog.of(securityAndDefense(), programme("M2-ISI"));
    }

    private static Programme programme(String id) {
        return new Programme(
                id,
                new BigDecimal("6"),
                new BigDecimal("4"),
                new BigDecimal("6"),
                new BigDecimal("36"),
                Programme.DEFAULT_ZONE);
    }
}
