package edu.lifecycle.placement.placement;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;

/** The reference data of the tests: the two programmes as they ship. */
public final class Programmes {

    private Programmes() {}

    public static Programme securityAndDefense() {
        return programme("M2-ISD");
    }

    /** The calendar as it ships: years start on 1 September; 2026-2027 and 2027-2028 are open. */
    public static AcademicYears calendar() {
        return new AcademicYears(MonthDay.of(9, 1), List.of("2026-2027", "2027-2028"));
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
