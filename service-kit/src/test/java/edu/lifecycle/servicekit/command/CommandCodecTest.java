package edu.lifecycle.servicekit.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.servicekit.json.KitJson;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

class CommandCodecTest {

    sealed interface LoanCommand {
        record BorrowBook(String commandId, String readerId, Instant issuedAt, String isbn, Optional<String> staffId)
                implements LoanCommand {}

        record ReturnBook(String readerId, Instant issuedAt) implements LoanCommand {}

        record ReserveBook(String commandId, String readerId, Instant issuedAt, String reservationId, String isbn)
                implements LoanCommand {}

        record RenewLoan(String commandId, String readerId, Instant issuedAt, int weeks, String reason)
                implements LoanCommand {}
    }

    private static final Instant AT = Instant.parse("2026-09-01T08:00:00Z");
    private static final CommandCodec<LoanCommand> CODEC = CommandCodec.of(LoanCommand.class)
            .keyedBy("readerId")
            .named(LoanCommand.RenewLoan.class, "extend-loan")
            .component(LoanCommand.RenewLoan.class, "weeks", "forWeeks")
            .derived(LoanCommand.ReserveBook.class, "reservationId", envelope -> "res-" + envelope.commandId())
            .build();

    @Test
    void eachRecordIsATypeNamedAfterIt() {
        assertThat(CODEC.types()).containsOnlyKeys("borrow-book", "return-book", "extend-loan", "reserve-book");
        assertThat(CommandType.of(LoanCommand.BorrowBook.class)).isEqualTo("borrow-book");
    }

    @Test
    void theEnvelopeCarriesKeyTimeIdAndSenderAndThePayloadTheRest() {
        var meta = new CommandMeta("c-1", AT, Optional.of("librarian.ada"));

        var envelope = CODEC.envelope(meta, new LoanCommand.BorrowBook("c-1", "r-7", AT, "978-0", meta.actor()));

        assertThat(envelope.commandId()).isEqualTo("c-1");
        assertThat(envelope.aggregateKey()).isEqualTo("r-7");
        assertThat(envelope.type()).isEqualTo("borrow-book");
        assertThat(envelope.issuedAt()).isEqualTo(AT);
        assertThat(envelope.actor()).isEqualTo("librarian.ada");
        assertThat(envelope.format()).isEqualTo(CommandEnvelope.FORMAT);
        assertThat(envelope.payload().toString()).isEqualTo("{\"isbn\":\"978-0\"}");
    }

    @Test
    void aCommandWithNothingButWhatTheEnvelopeCarriesHasNoPayload() {
        var envelope =
                CODEC.envelope(new CommandMeta("c-2", AT, Optional.empty()), new LoanCommand.ReturnBook("r-7", AT));

        assertThat(envelope.payload()).isEqualTo(NullNode.getInstance());
        assertThat(CODEC.decode(envelope)).isEqualTo(new LoanCommand.ReturnBook("r-7", AT));
    }

    @Test
    void readingFillsWhatTheEnvelopeCarries() {
        var envelope = new CommandEnvelope(
                "c-3", "r-7", "borrow-book", KitJson.toTree(java.util.Map.of("isbn", "978-0")), AT, null, "ada");

        assertThat(CODEC.decode(envelope))
                .isEqualTo(new LoanCommand.BorrowBook("c-3", "r-7", AT, "978-0", Optional.of("ada")));
        assertThat(CODEC.decode(envelope.withActor(null)))
                .isEqualTo(new LoanCommand.BorrowBook("c-3", "r-7", AT, "978-0", Optional.empty()));
        assertThat(CODEC.decode(envelope.withActor(" ")))
                .isEqualTo(new LoanCommand.BorrowBook("c-3", "r-7", AT, "978-0", Optional.empty()));
    }

    @Test
    void aDeclaredTypeOrComponentNameIsReadAndWritten() {
        var envelope = CODEC.envelope(
                new CommandMeta("c-4", AT, Optional.empty()), new LoanCommand.RenewLoan("c-4", "r-7", AT, 2, "exams"));

        assertThat(envelope.type()).isEqualTo("extend-loan");
        // Renamed in its place: the bytes are the ones written before the component was renamed.
        assertThat(envelope.payload().toString()).isEqualTo("{\"forWeeks\":2,\"reason\":\"exams\"}");
        assertThat(CODEC.decode(envelope)).isEqualTo(new LoanCommand.RenewLoan("c-4", "r-7", AT, 2, "exams"));
    }

    @Test
    void aDerivedComponentIsNotWrittenButDerivedFromTheEnvelope() {
        var meta = new CommandMeta("c-8", AT, Optional.empty());

        var envelope = CODEC.envelope(meta, new LoanCommand.ReserveBook("c-8", "r-7", AT, "res-c-8", "978-0"));

        assertThat(envelope.payload().toString()).isEqualTo("{\"isbn\":\"978-0\"}");
        assertThat(CODEC.decode(envelope)).isEqualTo(new LoanCommand.ReserveBook("c-8", "r-7", AT, "res-c-8", "978-0"));
        assertThatThrownBy(() -> CODEC.envelope(meta, new LoanCommand.ReserveBook("c-8", "r-7", AT, "res-9", "978-0")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommandBuiltWithAnotherIdOrTimeThanItsEnvelopeIsRefused() {
        var meta = new CommandMeta("c-5", AT, Optional.empty());

        assertThatThrownBy(() -> CODEC.envelope(meta, new LoanCommand.RenewLoan("other", "r-7", AT, 2, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> CODEC.envelope(meta, new LoanCommand.RenewLoan("c-5", "r-7", AT.plusSeconds(1), 2, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownTypeOrANewerFormatIsNotRead() {
        var unknown = new CommandEnvelope("c-6", "r-7", "burn-book", null, AT, null, null);
        var newer = new CommandEnvelope("c-7", "r-7", "return-book", null, AT, null, null, CommandEnvelope.FORMAT + 1);

        assertThatThrownBy(() -> CODEC.decode(unknown)).hasMessageContaining("burn-book");
        assertThatThrownBy(() -> CODEC.decode(newer)).hasMessageContaining("format");
    }

    @Test
    void theShapeNamesEveryTypeAndItsComponents() {
        assertThat(CODEC.shape())
                .isEqualTo(
                        "borrow-book = BorrowBook{commandId: (envelope), readerId: (envelope), issuedAt: (envelope), "
                                + "isbn: String, staffId: (envelope)}\n"
                                + "extend-loan = RenewLoan{commandId: (envelope), readerId: (envelope), issuedAt: (envelope), "
                                + "weeks as forWeeks: int, reason: String}\n"
                                + "reserve-book = ReserveBook{commandId: (envelope), readerId: (envelope), issuedAt: (envelope), "
                                + "reservationId: (derived), isbn: String}\n"
                                + "return-book = ReturnBook{readerId: (envelope), issuedAt: (envelope)}\n");
    }

    @Test
    void aRequestWithoutPayloadHasTheFingerprintItHadBeforeCommandsWereTyped() {
        assertThat(RequestFingerprint.of("t", "k", "return-book", NullNode.getInstance()))
                .isEqualTo(RequestFingerprint.of("t", "k", "return-book", null));
    }

    /** Commands to a shelf, keyed by a value that is not a string: its room and number. */
    sealed interface ShelfCommand {
        record Label(String commandId, Shelf shelf, Instant issuedAt, String readerId, String secretNote)
                implements ShelfCommand {}

        record Dust(String commandId, Shelf shelf, Instant issuedAt) implements ShelfCommand {}
    }

    record Shelf(String room, int number) {
        @Override
        public String toString() {
            return room + "/" + number;
        }

        static Shelf parse(String text) {
            int slash = text.lastIndexOf('/');
            if (slash <= 0) {
                throw new IllegalArgumentException("Not a shelf: " + text);
            }
            return new Shelf(text.substring(0, slash), Integer.parseInt(text.substring(slash + 1)));
        }
    }

    /** A stand-in for sealing: the note is "sealed" under the aggregate's key when written, opened when read. */
    private static final PayloadTransform SEALING_THE_NOTE = new PayloadTransform() {
        @Override
        public JsonNode write(String aggregateKey, JsonNode payload) {
            var sealed = (ObjectNode) payload;
            sealed.put(
                    "secretNote",
                    "sealed[" + aggregateKey + "]:"
                            + new StringBuilder(payload.get("secretNote").stringValue()).reverse());
            return sealed;
        }

        @Override
        public JsonNode read(String aggregateKey, JsonNode payload) {
            String prefix = "sealed[" + aggregateKey + "]:";
            String note = payload.get("secretNote").stringValue();
            if (!note.startsWith(prefix)) {
                throw new IllegalArgumentException("Sealed for another aggregate");
            }
            ((ObjectNode) payload)
                    .put(
                            "secretNote",
                            new StringBuilder(note.substring(prefix.length()))
                                    .reverse()
                                    .toString());
            return payload;
        }

        @Override
        public String describe() {
            return "secretNote sealed";
        }
    };

    private static final CommandCodec<ShelfCommand> SHELVES = CommandCodec.of(ShelfCommand.class)
            .keyedBy("shelf", Shelf::parse)
            .transformed(ShelfCommand.Label.class, SEALING_THE_NOTE)
            .transformed(ShelfCommand.Dust.class, PayloadTransform.EMPTY_OBJECT)
            .build();

    @Test
    void aKeyThatIsNotAStringTravelsAsItsTextAndIsReadBack() {
        var shelf = new Shelf("east-wing", 12);
        var envelope =
                SHELVES.envelope(new CommandMeta("c-9", AT, Optional.empty()), new ShelfCommand.Dust("c-9", shelf, AT));

        assertThat(envelope.aggregateKey()).isEqualTo("east-wing/12");
        assertThat(SHELVES.decode(envelope)).isEqualTo(new ShelfCommand.Dust("c-9", shelf, AT));
        assertThatThrownBy(() -> SHELVES.decode(new CommandEnvelope("c-10", "nowhere", "dust", null, AT, null, null)))
                .hasMessageContaining("Not a shelf");
    }

    @Test
    void aTransformedPayloadIsChangedWhenWrittenAndRestoredWhenRead() {
        var shelf = new Shelf("east-wing", 12);
        var label = new ShelfCommand.Label("c-11", shelf, AT, "r-7", "behind the atlases");

        var envelope = SHELVES.envelope(new CommandMeta("c-11", AT, Optional.empty()), label);

        assertThat(envelope.payload().toString())
                .isEqualTo("{\"readerId\":\"r-7\",\"secretNote\":\"sealed[east-wing/12]:sesalta eht dniheb\"}");
        assertThat(SHELVES.decode(envelope)).isEqualTo(label);
        assertThat(envelope.payload().toString()).contains("sealed[");
        var moved = new CommandEnvelope("c-11", "west-wing/1", "label", envelope.payload(), AT, null, null);
        assertThatThrownBy(() -> SHELVES.decode(moved)).hasMessageContaining("another aggregate");
    }

    @Test
    void anEmptyPayloadCanTravelAsAnEmptyObjectAsEarlierReleasesWroteIt() {
        var envelope = SHELVES.envelope(
                new CommandMeta("c-12", AT, Optional.empty()), new ShelfCommand.Dust("c-12", new Shelf("a", 1), AT));

        assertThat(envelope.payload().toString()).isEqualTo("{}");
        assertThat(RequestFingerprint.of("t", "a/1", "dust", envelope.payload()))
                .isEqualTo(RequestFingerprint.of(
                        "t", "a/1", "dust", KitJson.mapper().createObjectNode()));
    }

    @Test
    void theShapeNamesATransformedPayload() {
        assertThat(SHELVES.shape())
                .isEqualTo(
                        "dust = Dust{commandId: (envelope), shelf: (envelope), issuedAt: (envelope)} | payload {} when empty\n"
                                + "label = Label{commandId: (envelope), shelf: (envelope), issuedAt: (envelope), readerId: String, "
                                + "secretNote: String} | payload secretNote sealed\n");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void onlyAPermittedCommandIsTransformed() {
        assertThatThrownBy(() -> CommandCodec.of(ShelfCommand.class)
                        .keyedBy("shelf", Shelf::parse)
                        .transformed((Class) LoanCommand.ReturnBook.class, PayloadTransform.EMPTY_OBJECT)
                        .build())
                .hasMessageContaining("Transformed commands not permitted");
    }
}
