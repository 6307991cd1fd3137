package edu.lifecycle.admissions.programme;

import java.util.EnumSet;
import java.util.Map;

/** The programmes tests apply to. The real ones come from configuration. */
public final class Programmes {

    public static final AcademicYear YEAR = new AcademicYear(2026);
    public static final AcademicYear NEXT_YEAR = new AcademicYear(2027);
    /** Seats of M2-ISD in {@link #YEAR}: small, so that the capacity edge is two placements away. */
    public static final int M2_ISD_CAPACITY = 2;

    private Programmes() {}

    /** International Security and Defense: 240 ECTS, both streams and schemes, two seats this year, no limit next. */
    public static Programme m2Isd() {
        return new Programme(
                "M2-ISD",
                "International Security and Defense",
                240,
                EnumSet.allOf(StudyStream.class),
                EnumSet.allOf(TrainingScheme.class),
                Map.of(YEAR, M2_ISD_CAPACITY));
    }

    /** International Strategic Intelligence, as a sample offering only the professional stream in initial training. */
    public static Programme m2Isi() {
        return new Programme(
                "M2-ISI",
                "International Strategic Intelligence",
                240,
                EnumSet.of(StudyStream.PROFESSIONAL),
                EnumSet.of(TrainingScheme.INITIAL),
                Map.of());
    }

    public static ProgrammeCatalog catalog() {
        return ProgrammeCatalog.of(m2Isd(), m2Isi());
    }
}
