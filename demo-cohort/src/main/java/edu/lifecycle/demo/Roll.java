package edu.lifecycle.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who was decided on, enrolled and left during the play: what the later steps ask before they act for a student.
 * Written by several students' steps at once, hence the concurrent collections.
 */
final class Roll {

    private final Map<String, String> statusAfterDecisions = new ConcurrentHashMap<>();
    private final Set<String> enrolled = ConcurrentHashMap.newKeySet();
    private final Set<String> withdrawnMidYear = ConcurrentHashMap.newKeySet();

    void decided(StudentPlan student, String status) {
        statusAfterDecisions.put(student.studentId(), status);
    }

    void enrolled(StudentPlan student) {
        enrolled.add(student.studentId());
    }

    void withdrewMidYear(StudentPlan student) {
        withdrawnMidYear.add(student.studentId());
    }

    boolean decidedOn(StudentPlan student) {
        return statusAfterDecisions.containsKey(student.studentId());
    }

    /** Admitted by the jury's decision in June (seats freed later are read from admissions at registration). */
    boolean admitted(StudentPlan student) {
        return "ADMITTED".equals(statusAfterDecisions.get(student.studentId()));
    }

    boolean stillStudying(StudentPlan student) {
        return enrolled.contains(student.studentId()) && !withdrawnMidYear.contains(student.studentId());
    }

    long decidedAs(String status) {
        return statusAfterDecisions.values().stream().filter(status::equals).count();
    }

    int enrolledCount() {
        return enrolled.size();
    }

    /** The students of {@code cohort} who enrolled, withdrawn ones included. */
    List<StudentPlan> enrolledOf(List<StudentPlan> cohort) {
        return Stage.filter(cohort, student -> enrolled.contains(student.studentId()));
    }
}
