package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.IntakeCommand;
import edu.lifecycle.servicekit.command.CommandCodec;

/**
 * The internal format of an intake's commands on {@code admissions.intake-commands}, derived from
 * {@link IntakeCommand}: each type named after its record, the intake ({@code programme/year}, the key the topic is
 * partitioned by), time, command id and the person who asked ({@code staffId}) carried by the envelope, the rest the
 * payload, as the previous release wrote it. An envelope whose key is not a programme-year cannot be read (it is
 * dead-lettered). Pinned by {@code IntakeCommandFormatTest}.
 */
public final class IntakeCommandFormat {

    public static final CommandCodec<IntakeCommand> CODEC = CommandCodec.of(IntakeCommand.class)
            .keyedBy("intake", IntakeAggregate::keyOf)
            .build();

    private IntakeCommandFormat() {}
}
