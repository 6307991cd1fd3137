package edu.lifecycle.curriculum.programme;

import java.util.ArrayList;
import java.util.List;

/** The reference programmes of the tests: M2-ISD as DOMAIN.md describes it. */
public final class Programmes {

    public static final String ISD = "M2-ISD";
    public static final String YEAR = "2026-2027";

    private Programmes() {}

    public static ProgrammeCatalog catalog() {
        return ProgrammeCatalog.of(securityAndDefense());
    }

    /** Seven common-core courses of 2 ECTS, twelve specialty courses of 3, the dissertation 10: 60 in all. */
    public static Programme securityAndDefense() {
        List<Course> courses = new ArrayList<>();
        for (String code : commonCore()) {
            courses.add(new Course(code, "Common core " + code, 2, CourseKind.COMMON_CORE));
        }
        for (String code : specialty()) {
            courses.add(new Course(code, "Specialty " + code, 3, CourseKind.SPECIALTY));
        }
        return new Programme(ISD, "International Security and Defense", courses, 10);
    }

    public static List<String> commonCore() {
        return List.of("CC-01", "CC-02", "CC-03", "CC-04", "CC-05", "CC-06", "CC-07");
    }

    public static List<String> specialty() {
        return List.of(
                "ISD-01", "ISD-02", "ISD-03", "ISD-04", "ISD-05", "ISD-06", "ISD-07", "ISD-08", "ISD-09", "ISD-10",
                "ISD-11", "ISD-12");
    }

    public static List<String> allCourses() {
        var all = new ArrayList<>(commonCore());
        all.addAll(specialty());
        return all;
    }
}
