package edu.lifecycle.admissions.programme;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The programmes tests apply to. The real ones come from configuration. */
public final class Programmes {

    public static final AcademicYear YEAR = new AcademicYear(2026);
    public static final AcademicYear NEXT_YEAR = new AcademicYear(2027);
    /** A year the school has not opened (nor stated a capacity for). */
    public static final AcademicYear CLOSED_YEAR = new AcademicYear(2030);
    /** Seats of M2-ISD in {@link #YEAR}: small, so that the capacity edge is two placements away. */
    public static final int M2_ISD_CAPACITY = 2;

    private Programmes() {}

    /** International Security and Defense: 240 ECTS, both streams and schemes, two seats this year, unlimited next. */
    public static Programme m2Isd() {
        return new Programme(
                "M2-ISD",
                "International Security and Defense",
                240,
                EnumSet.allOf(StudyStream.class),
                EnumSet.allOf(TrainingScheme.class),
                Map.of(YEAR, Capacity.seats(M2_ISD_CAPACITY), NEXT_YEAR, Capacity.unlimited()));
    }

    /** International Strategic Intelligence, as a sample offering only the professional stream in initial training. */
    public static Programme m2Isi() {
        return new Programme(
                "M2-ISI",
                "International Strategic Intelligence",
                240,
                EnumSet.of(StudyStream.PROFESSIONAL),
                EnumSet.of(TrainingScheme.INITIAL),
                Map.of(YEAR, Capacity.unlimited(), NEXT_YEAR, Capacity.unlimited()));
    }

    /** Both programmes, with {@link #YEAR} and {@link #NEXT_YEAR} open. */
    public static ProgrammeCatalog catalog() {
        return ProgrammeCatalog.of(List.of(YEAR, NEXT_YEAR), List.of(m2Isd(), m2Isi()));
    }

    /** Both programmes with only {@code open} open, as after the school closed the other year. */
    public static ProgrammeCatalog catalogWithOpenYears(AcademicYear... open) {
        return ProgrammeCatalog.of(List.of(open), List.of(m2Isd(), m2Isi()));
    }
}
