package edu.lifecycle.admissions.timeline.stream;

import static edu.lifecycle.admissions.timeline.stream.Wording.mark;
import static edu.lifecycle.admissions.timeline.stream.Wording.words;

import edu.lifecycle.events.curriculum.CourseGradeRecorded;
import edu.lifecycle.events.curriculum.DefenseScheduled;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.DissertationDefended;
import edu.lifecycle.events.curriculum.DissertationSubmitted;
import edu.lifecycle.events.curriculum.TranscriptClosed;
import edu.lifecycle.events.curriculum.TranscriptOpened;
import java.util.Optional;

/** One sentence per curriculum event. Supervisor and jury are left out: a timeline names no one. */
final class CurriculumSummaries {

    private CurriculumSummaries() {}

    static Optional<String> of(Object event) {
        if (event instanceof TranscriptOpened e) {
            return say("Transcript opened with %d courses; %d ECTS required."
                    .formatted(e.getCourses().size(), e.getRequiredEcts()));
        }
        if (event instanceof CourseGradeRecorded e) {
            return say("Course %s graded %s (%s session): %s, %d ECTS earned."
                    .formatted(
                            e.getCourseCode(),
                            mark(e.getMark()),
                            words(e.getSession()),
                            e.getPassed() ? "passed" : "failed",
                            e.getEctsEarned()));
        }
        if (event instanceof DissertationSubmitted e) {
            return say("Dissertation submitted: \"%s\".".formatted(e.getTitle()));
        }
        if (event instanceof DefenseScheduled e) {
            return say("Defense scheduled for %s in room %s before a jury of %d."
                    .formatted(e.getDefenseAt(), e.getRoom(), e.getJury().size()));
        }
        if (event instanceof DissertationDefended e) {
            return say(
                    "Dissertation defended: %s, %s.".formatted(mark(e.getMark()), e.getPassed() ? "passed" : "failed"));
        }
        if (event instanceof DegreeAwarded e) {
            return say("Degree awarded in %s %s, mention %s (average %s, %d ECTS)."
                    .formatted(
                            e.getProgramme(),
                            e.getAcademicYear(),
                            words(e.getMention()),
                            mark(e.getAverage()),
                            e.getEctsEarned()));
        }
        if (event instanceof TranscriptClosed e) {
            return say("Transcript closed: %s.".formatted(e.getReason()));
        }
        return Optional.empty();
    }

    private static Optional<String> say(String sentence) {
        return Optional.of(sentence);
    }
}
