package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.placement.placement.PlacementCommand;
import edu.lifecycle.servicekit.stream.PolicyCommand;
import edu.lifecycle.servicekit.stream.PolicyTranslator;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/** An enrollment opens the student's placement record; a withdrawal closes it. Other admissions events are not ours. */
public final class EnrollmentPolicy implements PolicyTranslator<SpecificRecord> {

    public static final String NAME = "enrollments";

    @Override
    public Optional<PolicyCommand> translate(String key, SpecificRecord event) {
        if (event instanceof StudentEnrolled enrolled) {
            return Optional.of(PolicyCommand.of(
                    PlacementCommandFormat.CODEC,
                    enrolled.getEventId(),
                    meta -> new PlacementCommand.OpenRecord(
                            meta.commandId(),
                            enrolled.getStudentId(),
                            meta.issuedAt(),
                            enrolled.getProgramme(),
                            enrolled.getAcademicYear())));
        }
        if (event instanceof EnrollmentWithdrawn withdrawn) {
            return Optional.of(PolicyCommand.of(
                    PlacementCommandFormat.CODEC,
                    withdrawn.getEventId(),
                    meta -> new PlacementCommand.CloseRecord(
                            meta.commandId(),
                            withdrawn.getStudentId(),
                            meta.issuedAt(),
                            "enrollment withdrawn: " + withdrawn.getReason())));
        }
        return Optional.empty();
    }
}
