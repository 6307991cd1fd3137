package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.placement.placement.PlacementCommand;
import edu.lifecycle.servicekit.stream.PolicyCommand;
import edu.lifecycle.servicekit.stream.PolicyTranslator;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/** A degree awarded makes the student a graduate whose outcome may be recorded. Other curriculum events are not ours. */
public final class DegreePolicy implements PolicyTranslator<SpecificRecord> {

    public static final String NAME = "degrees";

    @Override
    public Optional<PolicyCommand> translate(String key, SpecificRecord event) {
        if (event instanceof DegreeAwarded awarded) {
            return Optional.of(PolicyCommand.of(
                    PlacementCommandFormat.CODEC,
                    awarded.getEventId(),
                    meta -> new PlacementCommand.NoteGraduation(
                            meta.commandId(),
                            awarded.getStudentId(),
                            meta.issuedAt(),
                            awarded.getProgramme(),
                            awarded.getAcademicYear())));
        }
        return Optional.empty();
    }
}
