package edu.lifecycle.curriculum.transcript.stream;

import edu.lifecycle.curriculum.transcript.TranscriptCommand;
import edu.lifecycle.events.billing.TuitionSettled;
import edu.lifecycle.events.placement.ExperienceRequirementMet;
import edu.lifecycle.servicekit.stream.PolicyCommand;
import edu.lifecycle.servicekit.stream.PolicyTranslator;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/** The two degree conditions other services establish, turned into commands that record them on the transcript. */
public final class GraduationFactPolicies {

    public static final String EXPERIENCE = "experience-met";
    public static final String TUITION = "tuition-settled";

    private GraduationFactPolicies() {}

    /** Placement's {@code ExperienceRequirementMet}. */
    public static PolicyTranslator<SpecificRecord> experience() {
        return (key, event) -> {
            if (event instanceof ExperienceRequirementMet met) {
                return Optional.of(PolicyCommand.of(
                        TranscriptCommandFormat.CODEC,
                        met.getEventId(),
                        meta -> new TranscriptCommand.RecordExperienceMet(
                                meta.commandId(),
                                met.getStudentId(),
                                meta.issuedAt(),
                                met.getEventId(),
                                met.getOccurredAt())));
            }
            return Optional.empty();
        };
    }

    /** Billing's {@code TuitionSettled}. */
    public static PolicyTranslator<SpecificRecord> tuition() {
        return (key, event) -> {
            if (event instanceof TuitionSettled settled) {
                return Optional.of(PolicyCommand.of(
                        TranscriptCommandFormat.CODEC,
                        settled.getEventId(),
                        meta -> new TranscriptCommand.RecordTuitionSettled(
                                meta.commandId(),
                                settled.getStudentId(),
                                meta.issuedAt(),
                                settled.getEventId(),
                                settled.getOccurredAt())));
            }
            return Optional.empty();
        };
    }
}
