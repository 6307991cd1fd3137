package edu.lifecycle.curriculum.transcript.stream;

import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.servicekit.stream.PolicyCommand;
import edu.lifecycle.servicekit.stream.PolicyTranslator;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/** An enrollment opens the student's transcript, a withdrawal closes it; admissions' other events are not ours. */
public final class EnrollmentPolicy implements PolicyTranslator<SpecificRecord> {

    public static final String NAME = "enrollments";

    @Override
    public Optional<PolicyCommand> translate(String key, SpecificRecord event) {
        if (event instanceof StudentEnrolled enrolled) {
            return Optional.of(PolicyCommand.of(
                    enrolled.getStudentId(),
                    TranscriptCommandTypes.OPEN_TRANSCRIPT,
                    new TranscriptPayloads.OpenTranscript(enrolled.getProgramme(), enrolled.getAcademicYear()),
                    enrolled.getEventId()));
        }
        if (event instanceof EnrollmentWithdrawn withdrawn) {
            return Optional.of(PolicyCommand.of(
                    withdrawn.getStudentId(),
                    TranscriptCommandTypes.CLOSE_TRANSCRIPT,
                    new TranscriptPayloads.CloseTranscript(withdrawn.getReason()),
                    withdrawn.getEventId()));
        }
        return Optional.empty();
    }
}
