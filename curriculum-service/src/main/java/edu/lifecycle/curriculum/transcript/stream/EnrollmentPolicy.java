package edu.lifecycle.curriculum.transcript.stream;

import edu.lifecycle.curriculum.transcript.TranscriptCommand;
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
                    TranscriptCommandFormat.CODEC,
                    enrolled.getEventId(),
                    meta -> new TranscriptCommand.OpenTranscript(
                            meta.commandId(),
                            enrolled.getStudentId(),
                            meta.issuedAt(),
                            enrolled.getProgramme(),
                            enrolled.getAcademicYear())));
        }
        if (event instanceof EnrollmentWithdrawn withdrawn) {
            return Optional.of(PolicyCommand.of(
                    TranscriptCommandFormat.CODEC,
                    withdrawn.getEventId(),
                    meta -> new TranscriptCommand.CloseTranscript(
                            meta.commandId(), withdrawn.getStudentId(), meta.issuedAt(), withdrawn.getReason())));
        }
        return Optional.empty();
    }
}
