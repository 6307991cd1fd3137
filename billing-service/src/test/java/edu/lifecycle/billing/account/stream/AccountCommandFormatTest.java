package edu.lifecycle.billing.account.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.PaymentMethod;
import edu.lifecycle.billing.account.TrainingScheme;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.json.KitJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The internal format of the account's commands: an envelope written by the previous release (one pinned in
 * {@code commands/previous-release/} per command type, exactly as it wrote them) reads as the same domain command, and
 * this release writes the same type and payload for it. Changing a command record's shape fails
 * {@link #theShapeOfEveryCommandIsTheCommittedOne} until the snapshot is updated on purpose.
 */
class AccountCommandFormatTest {

    private static final String STUDENT = "stu-1";
    private static final Instant AT = Instant.parse("2026-09-02T10:15:30Z");

    /** What each pinned envelope holds, as a domain command. */
    static final Map<String, AccountCommand> PREVIOUS_RELEASE = Map.of(
            "open-account",
            new AccountCommand.OpenAccount(
                    "policy:enrollments:evt-1",
                    STUDENT,
                    AT,
                    "MSC-DS",
                    "2026-2027",
                    TrainingScheme.INITIAL,
                    LocalDate.parse("2026-08-20")),
            "choose-cash-plan",
            new AccountCommand.ChooseCashPlan("c-choose-cash-plan", STUDENT, AT),
            "record-payment",
            new AccountCommand.RecordPayment(
                    "c-record-payment",
                    STUDENT,
                    AT,
                    "bank-42",
                    new BigDecimal("1500.00"),
                    PaymentMethod.CARD,
                    Payer.STUDENT,
                    Instant.parse("2026-09-02T09:00:00Z")),
            "refund-credit",
            new AccountCommand.RefundCredit(
                    "c-refund-credit",
                    STUDENT,
                    AT,
                    "refund-7",
                    new BigDecimal("250.00"),
                    Payer.STUDENT,
                    Optional.of("bursar.anna")),
            "mark-overdue",
            new AccountCommand.MarkOverdue("mark-overdue:stu-1:2026-10-15", STUDENT, AT, LocalDate.parse("2026-10-15")),
            "switch-payer-to-employer",
            new AccountCommand.SwitchPayerToEmployer(
                    "policy:work-study-contracts:evt-3", STUDENT, AT, "contract-9", "Acme Analytics"),
            "cancel-future-instalments",
            new AccountCommand.CancelFutureInstalments(
                    "policy:enrollments:evt-2", STUDENT, AT, Instant.parse("2026-10-01T12:00:00Z")));

    static Iterable<String> types() {
        return AccountCommandFormat.CODEC.types().keySet();
    }

    @Test
    void everyCommandTypeHasAnEnvelopeOfThePreviousRelease() {
        assertThat(PREVIOUS_RELEASE.keySet()).containsExactlyInAnyOrderElementsOf(types());
    }

    @ParameterizedTest
    @MethodSource("types")
    void anEnvelopeOfThePreviousReleaseReadsAsTheSameCommand(String type) {
        CommandEnvelope previous = KitJson.mapper().readValue(fixture(type), CommandEnvelope.class);

        assertThat(previous.format()).isEqualTo(1);
        // Amounts compare by value: a JSON number read off the topic has lost its scale, in this release as in the
        // last.
        assertThat(AccountCommandFormat.CODEC.decode(previous))
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(PREVIOUS_RELEASE.get(type));
    }

    @ParameterizedTest
    @MethodSource("types")
    void thisReleaseWritesTheSameTypeAndPayload(String type) {
        CommandEnvelope previous = KitJson.mapper().readValue(fixture(type), CommandEnvelope.class);
        AccountCommand command = PREVIOUS_RELEASE.get(type);

        CommandEnvelope now = AccountCommandFormat.CODEC.envelope(
                new CommandMeta(previous.commandId(), previous.issuedAt(), Optional.ofNullable(previous.actor())),
                command);

        // Byte for byte the previous release's envelope, but for the format version this release names.
        String written = KitJson.mapper().writeValueAsString(now.withFingerprint(previous.fingerprint()));
        assertThat(now.format()).isEqualTo(CommandEnvelope.FORMAT);
        assertThat(written.replace(",\"format\":1}", "}"))
                // The previous release also wrote the withdrawal's reason, which no account decision ever read.
                .isEqualTo(fixture(type).strip().replace(",\"reason\":\"moved abroad\"", ""));
    }

    @Test
    void theShapeOfEveryCommandIsTheCommittedOne() {
        assertThat(AccountCommandFormat.CODEC.shape()).isEqualTo(resource("commands/account-commands.shape"));
    }

    private static String fixture(String type) {
        return resource("commands/previous-release/" + type + ".json");
    }

    private static String resource(String name) {
        try (var in = AccountCommandFormatTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
