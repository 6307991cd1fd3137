package edu.lifecycle.curriculum.graduation.stream;

/**
 * The keys of {@link GraduationTopology#READINESS_STORE}: {@code programme/year|studentId}, so that a programme year's
 * lines are one prefix of the store, in the order of their student ids (the store orders keys by their UTF-8 bytes,
 * which for one prefix is the order of the ids' code points, {@link String#compareTo}'s for every id in the basic
 * multilingual plane).
 */
public final class ReadinessRows {

    private ReadinessRows() {}

    /** {@code M2-ISD/2026-2027}: the key a programme year's changes travel and are routed by. */
    public static String cohortKey(String programme, String academicYear) {
        return programme + "/" + academicYear;
    }

    /** The prefix every line of the programme year starts with. */
    public static String prefix(String programme, String academicYear) {
        return cohortKey(programme, academicYear) + "|";
    }

    static String rowKey(String cohortKey, String studentId) {
        return cohortKey + "|" + studentId;
    }
}
