package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.placement.placement.PlacementCommand;
import edu.lifecycle.servicekit.command.CommandCodec;

/**
 * The internal format of the placement record's commands on {@code placement.commands}, derived from
 * {@link PlacementCommand}: each type named after its record unless declared below, the student id, time, command id
 * and signed-in sender ({@code staffId}) carried by the envelope, the rest the payload. The names declared here are the
 * ones the previous release wrote, which its instances still read during a rolling upgrade. Pinned by
 * {@code PlacementCommandFormatTest}.
 */
public final class PlacementCommandFormat {

    public static final CommandCodec<PlacementCommand> CODEC = CommandCodec.of(PlacementCommand.class)
            .named(PlacementCommand.OpenRecord.class, "open-placement-record")
            .named(PlacementCommand.CloseRecord.class, "close-placement-record")
            .named(PlacementCommand.SignInternship.class, "sign-internship-agreement")
            .named(PlacementCommand.EndEarly.class, "end-placement-early")
            .named(PlacementCommand.Validate.class, "validate-placement")
            .component(PlacementCommand.OpenRecord.class, "programmeId", "programme")
            .component(PlacementCommand.NoteGraduation.class, "programmeId", "programme")
            // The new placement's id is derived from the command that signs it (PlacementIds), never written.
            .derived(
                    PlacementCommand.SignInternship.class,
                    "agreementId",
                    envelope -> PlacementIds.agreement(envelope.commandId()))
            .derived(
                    PlacementCommand.SignWorkStudyContract.class,
                    "contractId",
                    envelope -> PlacementIds.contract(envelope.commandId()))
            .build();

    private PlacementCommandFormat() {}
}
