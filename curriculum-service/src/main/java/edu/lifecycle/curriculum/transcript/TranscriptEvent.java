package edu.lifecycle.curriculum.transcript;

import edu.lifecycle.curriculum.programme.Course;
import edu.lifecycle.curriculum.programme.Mention;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to a transcript. Names and fields follow the {@code curriculum.events} schemas so the edge
 * translates one to one; the two facts from other services are internal and not published again.
 *
 * <p>Events carry no id: the edge derives each event's id from the command id and the event's position.
 */
public sealed interface TranscriptEvent {

    String studentId();

    Instant occurredAt();

    record TranscriptOpened(
            String studentId,
            Instant occurredAt,
            String programmeId,
            String academicYear,
            List<Course> courses,
            int dissertationEcts,
            int requiredEcts)
            implements TranscriptEvent {
        public TranscriptOpened {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(academicYear, "academicYear");
            courses = List.copyOf(courses);
        }
    }

    record TranscriptClosed(String studentId, Instant occurredAt, String reason) implements TranscriptEvent {
        public TranscriptClosed {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** {@code mark} has scale 2; {@code ectsEarned} is the course's ECTS when passed, else 0. */
    /** @param staffId who recorded the mark */
    record CourseGradeRecorded(
            String studentId,
            Instant occurredAt,
            String courseCode,
            BigDecimal mark,
            ExamSession session,
            boolean passed,
            int ectsEarned,
            Optional<String> staffId)
            implements TranscriptEvent {
        public CourseGradeRecorded {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(courseCode, "courseCode");
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(staffId, "staffId");
        }

        public CourseGradeRecorded(
                String studentId,
                Instant occurredAt,
                String courseCode,
                BigDecimal mark,
                ExamSession session,
                boolean passed,
                int ectsEarned) {
            this(studentId, occurredAt, courseCode, mark, session, passed, ectsEarned, Optional.empty());
        }
    }

    record DissertationSubmitted(String studentId, Instant occurredAt, String title, String supervisor)
            implements TranscriptEvent {
        public DissertationSubmitted {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(supervisor, "supervisor");
        }
    }

    record DefenseScheduled(String studentId, Instant occurredAt, Instant defenseAt, String room, List<String> jury)
            implements TranscriptEvent {
        public DefenseScheduled {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(defenseAt, "defenseAt");
            Objects.requireNonNull(room, "room");
            jury = List.copyOf(jury);
        }
    }

    /**
     * The defense awaiting its result moved to another date, room or jury. Published as {@code DefenseScheduled}:
     * the latest schedule of a student's defense is the one that stands, which every consumer already reads so.
     */
    record DefenseRescheduled(String studentId, Instant occurredAt, Instant defenseAt, String room, List<String> jury)
            implements TranscriptEvent {
        public DefenseRescheduled {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(defenseAt, "defenseAt");
            Objects.requireNonNull(room, "room");
            jury = List.copyOf(jury);
        }
    }

    /** @param staffId who recorded the jury's mark */
    record DissertationDefended(
            String studentId,
            Instant occurredAt,
            BigDecimal mark,
            boolean passed,
            int ectsEarned,
            Optional<String> staffId)
            implements TranscriptEvent {
        public DissertationDefended {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(staffId, "staffId");
        }

        public DissertationDefended(
                String studentId, Instant occurredAt, BigDecimal mark, boolean passed, int ectsEarned) {
            this(studentId, occurredAt, mark, passed, ectsEarned, Optional.empty());
        }
    }

    /** Internal: placement said the experience requirement is met; {@code occurredAt} is when it was. */
    record ExperienceRequirementRecorded(String studentId, Instant occurredAt, String sourceEventId)
            implements TranscriptEvent {
        public ExperienceRequirementRecorded {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(sourceEventId, "sourceEventId");
        }
    }

    /** Internal: billing said nothing is owed; {@code occurredAt} is when it was. */
    record TuitionSettlementRecorded(String studentId, Instant occurredAt, String sourceEventId)
            implements TranscriptEvent {
        public TuitionSettlementRecorded {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(sourceEventId, "sourceEventId");
        }
    }

    record DegreeAwarded(
            String studentId,
            Instant occurredAt,
            String programmeId,
            String academicYear,
            BigDecimal average,
            Mention mention,
            int ectsEarned)
            implements TranscriptEvent {
        public DegreeAwarded {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(academicYear, "academicYear");
            Objects.requireNonNull(average, "average");
            Objects.requireNonNull(mention, "mention");
        }
    }

    private static void requireFact(String studentId, Instant occurredAt) {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
