package edu.lifecycle.admissions.cohort;

import edu.lifecycle.admissions.application.ExamResult;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Everything the cohort read models know about one student, folded from the four public topics. Kept per student
 * (the topics' key), so that flags read before the student's admissions events wait here until the cohort is known.
 *
 * @param cohort {@code null} until an admissions event names the programme and year
 * @param status {@code null} until the first admissions event
 * @param exam the entrance exam's marks, {@code null} until graded
 * @param stagesReached every stage the student ever reached, each counted once by the funnel
 * @param registration {@code null} until enrolled
 * @param appliedEventIds the events already folded in, so that a redelivered event changes nothing
 */
public record CohortStudent(
        String studentId,
        Cohort cohort,
        ApplicationStage status,
        Instant lastChangedAt,
        ExamResult exam,
        Set<ApplicationStage> stagesReached,
        Registration registration,
        LifecycleFlags flags,
        Set<String> appliedEventIds) {

    public CohortStudent {
        Objects.requireNonNull(studentId, "studentId");
        stagesReached = stages(stagesReached);
        flags = flags == null ? LifecycleFlags.none() : flags;
        appliedEventIds =
                Collections.unmodifiableSet(appliedEventIds == null ? new TreeSet<>() : new TreeSet<>(appliedEventIds));
    }

    public static CohortStudent unknown(String studentId) {
        return new CohortStudent(studentId, null, null, null, null, Set.of(), null, LifecycleFlags.none(), Set.of());
    }

    /** The student with the fact folded in; unchanged when the fact's event was already applied. */
    public CohortStudent apply(StudentFact fact) {
        if (appliedEventIds.contains(fact.eventId())) {
            return this;
        }
        CohortStudent evolved = fact.evolve(this);
        var applied = new TreeSet<>(appliedEventIds);
        applied.add(fact.eventId());
        return new CohortStudent(
                studentId,
                evolved.cohort,
                evolved.status,
                evolved.lastChangedAt,
                evolved.exam,
                evolved.stagesReached,
                evolved.registration,
                evolved.flags,
                applied);
    }

    /** What the programme-year stores show of this student, once the cohort is known. */
    public Optional<CohortRow> row() {
        if (cohort == null || status == null) {
            return Optional.empty();
        }
        return Optional.of(new CohortRow(
                studentId,
                cohort,
                status,
                lastChangedAt,
                exam,
                stagesReached,
                rosterEntry().orElse(null)));
    }

    /** The student's line in the roster, once enrolled. */
    public Optional<RosterEntry> rosterEntry() {
        if (cohort == null || registration == null) {
            return Optional.empty();
        }
        return Optional.of(RosterEntry.of(
                studentId, cohort, registration, flags, stagesReached.contains(ApplicationStage.WITHDRAWN)));
    }

    CohortStudent movedTo(ApplicationStage stage, Instant at) {
        var reached = stages(stagesReached);
        reached.add(stage);
        return new CohortStudent(studentId, cohort, stage, at, exam, reached, registration, flags, appliedEventIds);
    }

    /** The first event naming a cohort fixes it: a student applies once, to one programme and year. */
    CohortStudent inCohort(Cohort named) {
        if (cohort != null) {
            return this;
        }
        return new CohortStudent(
                studentId, named, status, lastChangedAt, exam, stagesReached, registration, flags, appliedEventIds);
    }

    CohortStudent withExam(ExamResult marks) {
        return new CohortStudent(
                studentId, cohort, status, lastChangedAt, marks, stagesReached, registration, flags, appliedEventIds);
    }

    CohortStudent registered(Registration fixed) {
        return new CohortStudent(
                studentId, cohort, status, lastChangedAt, exam, stagesReached, fixed, flags, appliedEventIds);
    }

    CohortStudent withFlags(UnaryOperator<LifecycleFlags> change) {
        return new CohortStudent(
                studentId,
                cohort,
                status,
                lastChangedAt,
                exam,
                stagesReached,
                registration,
                change.apply(flags),
                appliedEventIds);
    }

    private static EnumSet<ApplicationStage> stages(Set<ApplicationStage> stages) {
        var copy = EnumSet.noneOf(ApplicationStage.class);
        if (stages != null) {
            copy.addAll(stages);
        }
        return copy;
    }
}
