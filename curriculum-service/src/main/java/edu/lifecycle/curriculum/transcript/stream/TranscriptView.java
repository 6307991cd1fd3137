package edu.lifecycle.curriculum.transcript.stream;

import edu.lifecycle.curriculum.programme.CourseKind;
import edu.lifecycle.curriculum.programme.Mention;
import edu.lifecycle.curriculum.transcript.Dissertation;
import edu.lifecycle.curriculum.transcript.ExamSession;
import edu.lifecycle.curriculum.transcript.Syllabus;
import edu.lifecycle.curriculum.transcript.Transcript;
import edu.lifecycle.curriculum.transcript.TranscriptStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A transcript as students and staff see it: every course with its standing mark, ECTS earned, running average. */
public record TranscriptView(
        String studentId,
        TranscriptStatus status,
        String programme,
        String academicYear,
        List<CourseLine> courses,
        int ectsEarned,
        int requiredEcts,
        BigDecimal runningAverage,
        DissertationView dissertation,
        boolean experienceRequirementMet,
        boolean tuitionSettled,
        DegreeView degree,
        String closingReason,
        Instant lastChangedAt) {

    public static TranscriptView of(Transcript transcript) {
        var syllabus = transcript.syllabus();
        return new TranscriptView(
                transcript.studentId(),
                transcript.status(),
                syllabus.map(Syllabus::programmeId).orElse(null),
                syllabus.map(Syllabus::academicYear).orElse(null),
                syllabus.map(plan -> lines(plan, transcript)).orElse(List.of()),
                transcript.ectsEarned(),
                syllabus.map(Syllabus::requiredEcts).orElse(0),
                transcript.runningAverage().orElse(null),
                transcript.dissertation().map(TranscriptView::dissertation).orElse(null),
                transcript.experience().isPresent(),
                transcript.tuition().isPresent(),
                transcript
                        .degree()
                        .map(degree -> new DegreeView(degree.average(), degree.mention(), degree.awardedAt()))
                        .orElse(null),
                transcript.closingReason().orElse(null),
                transcript.lastChangedAt());
    }

    private static List<CourseLine> lines(Syllabus syllabus, Transcript transcript) {
        return syllabus.courses().stream()
                .map(course -> {
                    var result = transcript.results().get(course.code());
                    return new CourseLine(
                            course.code(),
                            course.title(),
                            course.kind(),
                            course.ects(),
                            result == null ? null : result.mark(),
                            result == null ? null : result.session(),
                            result != null && result.passed(),
                            result == null ? 0 : result.ectsEarned());
                })
                .toList();
    }

    private static DissertationView dissertation(Dissertation dissertation) {
        return new DissertationView(
                dissertation.title(),
                dissertation.supervisor(),
                dissertation.submittedAt(),
                dissertation
                        .defense()
                        .map(defense -> new DefenseView(defense.defenseAt(), defense.room(), defense.jury()))
                        .orElse(null),
                dissertation.awaitingDefense(),
                dissertation.mark().orElse(null),
                dissertation.passed(),
                dissertation.failedDefenses());
    }

    /** A course; mark and session are empty until graded. */
    public record CourseLine(
            String code,
            String title,
            CourseKind kind,
            int ects,
            BigDecimal mark,
            ExamSession session,
            boolean passed,
            int ectsEarned) {}

    public record DissertationView(
            String title,
            String supervisor,
            Instant submittedAt,
            DefenseView defense,
            boolean awaitingDefense,
            BigDecimal mark,
            boolean passed,
            int failedDefenses) {}

    public record DefenseView(Instant defenseAt, String room, List<String> jury) {}

    public record DegreeView(BigDecimal average, Mention mention, Instant awardedAt) {}
}
