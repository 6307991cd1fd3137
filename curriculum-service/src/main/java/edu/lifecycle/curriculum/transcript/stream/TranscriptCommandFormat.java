package edu.lifecycle.curriculum.transcript.stream;

import edu.lifecycle.curriculum.transcript.TranscriptCommand;
import edu.lifecycle.servicekit.command.CommandCodec;

/**
 * The internal format of the transcript's commands on {@code curriculum.commands}, derived from
 * {@link TranscriptCommand}: each type named after its record ({@code record-grade}), the student id, time, command id
 * and signed-in sender ({@code staffId}) carried by the envelope, the rest the payload. Pinned by
 * {@code TranscriptCommandFormatTest}.
 */
public final class TranscriptCommandFormat {

    public static final CommandCodec<TranscriptCommand> CODEC = CommandCodec.of(TranscriptCommand.class)
            // The name the previous release wrote, which its instances still read during a rolling upgrade.
            .component(TranscriptCommand.OpenTranscript.class, "programmeId", "programme")
            .build();

    private TranscriptCommandFormat() {}
}
