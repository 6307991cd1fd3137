package edu.lifecycle.curriculum.transcript;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What may be asked of a transcript. Each command carries the id the edge deduplicates on and the instant the edge
 * read from its clock (or, for a policy, the source event's time): the domain never reads the time itself.
 */
public sealed interface TranscriptCommand {

    String commandId();

    String studentId();

    Instant issuedAt();

    /** Policy, on {@code StudentEnrolled}. */
    record OpenTranscript(String commandId, String studentId, Instant issuedAt, String programmeId, String academicYear)
            implements TranscriptCommand {
        public OpenTranscript {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(academicYear, "academicYear");
        }
    }

    /** Policy, on {@code EnrollmentWithdrawn}. */
    record CloseTranscript(String commandId, String studentId, Instant issuedAt, String reason)
            implements TranscriptCommand {
        public CloseTranscript {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** @param staffId the signed-in sender's staff id (never from a body); empty when nobody signed in sent it */
    record RecordGrade(
            String commandId,
            String studentId,
            Instant issuedAt,
            String courseCode,
            BigDecimal mark,
            ExamSession session,
            Optional<String> staffId)
            implements TranscriptCommand {
        public RecordGrade {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(courseCode, "courseCode");
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(staffId, "staffId");
        }

        public RecordGrade(
                String commandId,
                String studentId,
                Instant issuedAt,
                String courseCode,
                BigDecimal mark,
                ExamSession session) {
            this(commandId, studentId, issuedAt, courseCode, mark, session, Optional.empty());
        }
    }

    record SubmitDissertation(String commandId, String studentId, Instant issuedAt, String title, String supervisor)
            implements TranscriptCommand {
        public SubmitDissertation {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(supervisor, "supervisor");
        }
    }

    record ScheduleDefense(
            String commandId, String studentId, Instant issuedAt, Instant defenseAt, String room, List<String> jury)
            implements TranscriptCommand {
        public ScheduleDefense {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(defenseAt, "defenseAt");
            Objects.requireNonNull(room, "room");
            jury = List.copyOf(jury);
        }
    }

    /** A new date, room and jury for the defense that awaits its result. */
    record RescheduleDefense(
            String commandId, String studentId, Instant issuedAt, Instant defenseAt, String room, List<String> jury)
            implements TranscriptCommand {
        public RescheduleDefense {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(defenseAt, "defenseAt");
            Objects.requireNonNull(room, "room");
            jury = List.copyOf(jury);
        }
    }

    /** @param staffId the signed-in sender's staff id (never from a body); empty when nobody signed in sent it */
    record RecordDefenseResult(
            String commandId, String studentId, Instant issuedAt, BigDecimal mark, Optional<String> staffId)
            implements TranscriptCommand {
        public RecordDefenseResult {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(staffId, "staffId");
        }

        public RecordDefenseResult(String commandId, String studentId, Instant issuedAt, BigDecimal mark) {
            this(commandId, studentId, issuedAt, mark, Optional.empty());
        }
    }

    /** Policy, on placement's {@code ExperienceRequirementMet}. */
    record RecordExperienceMet(
            String commandId, String studentId, Instant issuedAt, String sourceEventId, Instant occurredAt)
            implements TranscriptCommand {
        public RecordExperienceMet {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(sourceEventId, "sourceEventId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** Policy, on billing's {@code TuitionSettled}. */
    record RecordTuitionSettled(
            String commandId, String studentId, Instant issuedAt, String sourceEventId, Instant occurredAt)
            implements TranscriptCommand {
        public RecordTuitionSettled {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(sourceEventId, "sourceEventId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    private static void requireEnvelope(String commandId, String studentId, Instant issuedAt) {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
