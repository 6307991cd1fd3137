package edu.lifecycle.curriculum.transcript;

import edu.lifecycle.curriculum.programme.Course;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A student's transcript as its events made it: the aggregate's state and all a transcript view shows. It also
 * holds the two degree conditions other services establish, so the degree is decided here, whatever the order in
 * which the four conditions arrive.
 *
 * @param syllabus the programme year's courses; empty while {@link TranscriptStatus#AWAITING_ENROLLMENT}
 * @param results the standing result of each graded course, by course code
 */
public record Transcript(
        String studentId,
        TranscriptStatus status,
        Optional<Syllabus> syllabus,
        Map<String, CourseResult> results,
        Optional<Dissertation> dissertation,
        Optional<GraduationFact> experience,
        Optional<GraduationFact> tuition,
        Optional<Degree> degree,
        Optional<String> closingReason,
        Instant lastChangedAt) {

    public Transcript {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(syllabus, "syllabus");
        results = Map.copyOf(results);
        Objects.requireNonNull(dissertation, "dissertation");
        Objects.requireNonNull(experience, "experience");
        Objects.requireNonNull(tuition, "tuition");
        Objects.requireNonNull(degree, "degree");
        Objects.requireNonNull(closingReason, "closingReason");
        Objects.requireNonNull(lastChangedAt, "lastChangedAt");
    }

    static Transcript awaitingEnrollment(String studentId, Instant at) {
        return new Transcript(
                studentId,
                TranscriptStatus.AWAITING_ENROLLMENT,
                Optional.empty(),
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                at);
    }

    /** Courses passed plus the dissertation once defended successfully. */
    public int ectsEarned() {
        int courses =
                results.values().stream().mapToInt(CourseResult::ectsEarned).sum();
        int dissertationEcts = syllabus.map(Syllabus::dissertationEcts).orElse(0);
        return courses + (dissertationPassed() ? dissertationEcts : 0);
    }

    public boolean dissertationPassed() {
        return dissertation.map(Dissertation::passed).orElse(false);
    }

    /** Where the student stands with the degree, by the degree's one rule. */
    public DegreeConditions degreeConditions() {
        return new DegreeConditions(
                DegreeConditions.enoughEcts(
                        ectsEarned(), syllabus.map(Syllabus::requiredEcts).orElse(0)),
                dissertationPassed(),
                experience.isPresent(),
                tuition.isPresent());
    }

    /**
     * The ECTS-weighted average of every standing mark so far, courses and dissertation; empty before the first
     * mark. With every course passed and the dissertation defended, it is the degree's average.
     */
    public Optional<BigDecimal> runningAverage() {
        if (syllabus.isEmpty()) {
            return Optional.empty();
        }
        var plan = syllabus.get();
        BigDecimal weighted = BigDecimal.ZERO;
        int weight = 0;
        for (Course course : plan.courses()) {
            var result = results.get(course.code());
            if (result != null) {
                weighted = weighted.add(result.mark().multiply(BigDecimal.valueOf(course.ects())));
                weight += course.ects();
            }
        }
        var defended = dissertation.flatMap(Dissertation::mark);
        if (defended.isPresent()) {
            weighted = weighted.add(defended.get().multiply(BigDecimal.valueOf(plan.dissertationEcts())));
            weight += plan.dissertationEcts();
        }
        return weight == 0 ? Optional.empty() : Optional.of(Marks.average(weighted, weight));
    }

    Transcript opened(TranscriptEvent.TranscriptOpened event) {
        var plan = new Syllabus(
                event.programmeId(),
                event.academicYear(),
                event.courses(),
                event.dissertationEcts(),
                event.requiredEcts(),
                event.occurredAt());
        return new Transcript(
                studentId,
                TranscriptStatus.OPEN,
                Optional.of(plan),
                results,
                dissertation,
                experience,
                tuition,
                degree,
                closingReason,
                event.occurredAt());
    }

    Transcript closed(TranscriptEvent.TranscriptClosed event) {
        return new Transcript(
                studentId,
                TranscriptStatus.CLOSED,
                syllabus,
                results,
                dissertation,
                experience,
                tuition,
                degree,
                Optional.of(event.reason()),
                event.occurredAt());
    }

    Transcript graded(TranscriptEvent.CourseGradeRecorded event) {
        var next = new HashMap<>(results);
        next.put(
                event.courseCode(),
                new CourseResult(
                        event.courseCode(),
                        event.mark(),
                        event.session(),
                        event.passed(),
                        event.ectsEarned(),
                        event.occurredAt()));
        return new Transcript(
                studentId,
                status,
                syllabus,
                next,
                dissertation,
                experience,
                tuition,
                degree,
                closingReason,
                event.occurredAt());
    }

    Transcript withDissertation(Dissertation changed, Instant at) {
        return new Transcript(
                studentId,
                status,
                syllabus,
                results,
                Optional.of(changed),
                experience,
                tuition,
                degree,
                closingReason,
                at);
    }

    Transcript experienceMet(TranscriptEvent.ExperienceRequirementRecorded event) {
        return new Transcript(
                studentId,
                status,
                syllabus,
                results,
                dissertation,
                Optional.of(new GraduationFact(event.sourceEventId(), event.occurredAt())),
                tuition,
                degree,
                closingReason,
                later(event.occurredAt()));
    }

    Transcript tuitionSettled(TranscriptEvent.TuitionSettlementRecorded event) {
        return new Transcript(
                studentId,
                status,
                syllabus,
                results,
                dissertation,
                experience,
                Optional.of(new GraduationFact(event.sourceEventId(), event.occurredAt())),
                degree,
                closingReason,
                later(event.occurredAt()));
    }

    Transcript awarded(TranscriptEvent.DegreeAwarded event) {
        var awarded = new Degree(event.average(), event.mention(), event.ectsEarned(), event.occurredAt());
        return new Transcript(
                studentId,
                TranscriptStatus.GRADUATED,
                syllabus,
                results,
                dissertation,
                experience,
                tuition,
                Optional.of(awarded),
                closingReason,
                event.occurredAt());
    }

    // A fact from another service may be older than what this transcript already saw.
    private Instant later(Instant at) {
        return at.isAfter(lastChangedAt) ? at : lastChangedAt;
    }
}
