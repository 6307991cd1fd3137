package edu.lifecycle.servicekit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.json.KitJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of an aggregate's internal command format (ADR 17), as a test a service extends: an envelope written by
 * the previous release (one pinned in {@code commands/previous-release/<type>.json} per command type, exactly as that
 * release wrote it) reads as the same domain command; this release writes it byte for byte but for the format
 * version; and the shape of every command is the committed snapshot, so changing a command record fails until the
 * snapshot is updated on purpose.
 *
 * @param <C> the domain's sealed command interface
 */
public abstract class CommandFormatContract<C> {

    /** The codec under test. */
    protected abstract CommandCodec<C> codec();

    /** What each pinned envelope holds, as a domain command, by type. */
    protected abstract Map<String, C> previousRelease();

    /** The committed shape snapshot, a test resource, e.g. {@code commands/account-commands.shape}. */
    protected abstract String shapeResource();

    /**
     * The previous release's envelope of {@code type} as this release writes it, less the format version: by default
     * the same text; a field no longer written is removed here, with the reason.
     */
    protected String writtenNow(String type, String previous) {
        return previous;
    }

    @Test
    public void everyCommandTypeHasAnEnvelopeOfThePreviousRelease() {
        assertEquals(
                new TreeSet<>(codec().types().keySet()),
                new TreeSet<>(previousRelease().keySet()));
    }

    @TestFactory
    public Stream<DynamicTest> anEnvelopeOfThePreviousReleaseReadsAsTheSameCommand() {
        return types().map(type -> DynamicTest.dynamicTest(type, () -> {
            CommandEnvelope previous = previous(type);
            assertEquals(1, previous.format());
            // Compared as JSON text, so an amount must come back with its scale too (1500.00, not 1500.0).
            assertEquals(normalised(previousRelease().get(type)), normalised(codec().decode(previous)), type);
        }));
    }

    @TestFactory
    public Stream<DynamicTest> thisReleaseWritesTheSameBytesButForTheFormatVersion() {
        return types().map(type -> DynamicTest.dynamicTest(type, () -> {
            CommandEnvelope previous = previous(type);
            CommandEnvelope now = codec().envelope(
                            new CommandMeta(
                                    previous.commandId(), previous.issuedAt(), Optional.ofNullable(previous.actor())),
                            previousRelease().get(type));
            assertEquals(CommandEnvelope.FORMAT, now.format());
            String written = KitJson.mapper().writeValueAsString(now.withFingerprint(previous.fingerprint()));
            // A fixture of a release that already wrote the format version carries it; it is version 1 either way.
            String previousText = fixture(type).strip().replace(",\"format\":1}", "}");
            assertEquals(writtenNow(type, previousText), written.replace(",\"format\":1}", "}"), type);
        }));
    }

    @Test
    public void theShapeOfEveryCommandIsTheCommittedOne() {
        assertEquals(resource(shapeResource()), codec().shape());
    }

    private Stream<String> types() {
        return new TreeSet<>(codec().types().keySet()).stream();
    }

    private CommandEnvelope previous(String type) {
        return KitJson.mapper().readValue(fixture(type), CommandEnvelope.class);
    }

    private static String normalised(Object command) {
        return KitJson.mapper()
                .writeValueAsString(KitJson.mapper().readTree(KitJson.mapper().writeValueAsString(command)));
    }

    /** The previous release's envelope of {@code type}, as it wrote it. */
    protected String fixture(String type) {
        return resource("commands/previous-release/" + type + ".json");
    }

    private String resource(String name) {
        try (var in = getClass().getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
