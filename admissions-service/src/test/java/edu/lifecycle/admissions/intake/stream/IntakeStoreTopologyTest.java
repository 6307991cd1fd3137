package edu.lifecycle.admissions.intake.stream;

import static edu.lifecycle.admissions.Decisions.eventsOf;
import static edu.lifecycle.admissions.intake.Intakes.M2_ISD_2026;
import static edu.lifecycle.admissions.intake.Intakes.M2_ISD_2027;
import static edu.lifecycle.admissions.intake.Intakes.jury;
import static edu.lifecycle.admissions.intake.Intakes.minute;
import static edu.lifecycle.admissions.intake.Intakes.placing;
import static edu.lifecycle.admissions.intake.Intakes.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.intake.Intake;
import edu.lifecycle.admissions.intake.IntakeCommand;
import edu.lifecycle.admissions.intake.IntakeCommand.PlaceApplicant;
import edu.lifecycle.admissions.intake.IntakeCommand.ReleaseSeat;
import edu.lifecycle.admissions.intake.IntakeDecider;
import edu.lifecycle.admissions.intake.IntakeEvent.WaitlistPromotionGranted;
import edu.lifecycle.admissions.intake.Intakes;
import edu.lifecycle.admissions.programme.Programmes;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.state.StateSerde;
import edu.lifecycle.testing.Trials;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The intake as the service keeps it, one entry per placed student: what a decision costs does not grow with the
 * intake, it decides and shows exactly what the in-memory {@link Intake} does, and it reads a store an earlier release
 * wrote whole.
 */
class IntakeStoreTopologyTest {

    private static final IntakeDecider DECIDER = Intakes.DECIDER;

    @Test
    void aDecisionWritesAsMuchWithSixtyStudentsPlacedAsWithTwenty() {
        try (var intake = new IntakeDriver(Programmes.catalog())) {
            long[] written = new long[61];
            // The unlimited year: every admission takes a seat, so every decision adds to the intake.
            for (int student = 1; student <= 60; student++) {
                intake.send(jury(M2_ISD_2027, "stu-%03d".formatted(student), AdmissionDecision.ADMITTED, "30.00", 1));
                written[student] = intake.bytesWritten();
            }

            assertThat(intake.view(M2_ISD_2027).seatHolders()).hasSize(60);
            // Ids, seat numbers (19 and 59) and counts (20 and 60) have the same width: the same bytes, not about as
            // many. Kept whole, the intake grew by some 40 bytes a student.
            assertThat(written[60]).isPositive().isEqualTo(written[20]);
            assertThat(intake.changelogs())
                    .anyMatch(topic -> topic.endsWith(IntakeAggregate.STATE_STORE + "-changelog"))
                    .anyMatch(topic -> topic.endsWith(IntakeAggregate.SEATS_STORE + "-changelog"));
        }
    }

    @Test
    void aPromotionWritesAsMuchWithALongWaitlistAsWithAShortOne() {
        try (var intake = new IntakeDriver(Programmes.catalog())) {
            intake.send(jury(M2_ISD_2026, "stu-001", AdmissionDecision.ADMITTED, "30.00", 1));
            intake.send(jury(M2_ISD_2026, "stu-002", AdmissionDecision.ADMITTED, "30.00", 1));
            for (int student = 3; student <= 42; student++) {
                intake.send(jury(M2_ISD_2026, "stu-%03d".formatted(student), AdmissionDecision.ADMITTED, "20.00", 2));
            }
            intake.bytesWritten();

            var first = intake.send(release(M2_ISD_2026, "stu-001", 3));
            long whenFortyWait = intake.bytesWritten();
            // Each of these releases promotes the next in line: the waitlist shortens to five.
            for (int student = 3; student <= 36; student++) {
                intake.send(release(M2_ISD_2026, "stu-%03d".formatted(student), 4));
            }
            intake.bytesWritten();
            var last = intake.send(release(M2_ISD_2026, "stu-002", 5));
            long whenFiveWait = intake.bytesWritten();

            assertThat(first).hasSize(2).last().isInstanceOf(WaitlistPromotionGranted.class);
            assertThat(last).hasSize(2).last().isInstanceOf(WaitlistPromotionGranted.class);
            // Only the counters and the new seat's number change width (a digit each); kept whole, the intake wrote
            // some 35 bytes more per student waiting.
            assertThat(whenFortyWait).isCloseTo(whenFiveWait, within(8L));
        }
    }

    @Test
    void decidesAndShowsWhatTheInMemoryIntakeDoes() {
        Trials.check(8, (random, steps) -> {
            try (var stored = new IntakeDriver(Programmes.catalog())) {
                var inMemory = Intake.empty(M2_ISD_2026);
                IntakeCommand previous = null;
                for (int step = 0; step < 24; step++) {
                    if (previous != null && random.nextInt(6) == 0) {
                        // Redelivered: the first outcome again, and nothing changes.
                        steps.add("again " + previous.commandId());
                        assertThat(stored.send(previous)).isEmpty();
                        assertThat(stored.view(M2_ISD_2026)).isEqualTo(IntakeView.of(inMemory));
                        continue;
                    }
                    IntakeCommand command = randomCommand(random, step);
                    steps.add(command.toString());
                    var expected = eventsOf(DECIDER.decide(inMemory, command));
                    inMemory = DECIDER.evolveAll(inMemory, expected);

                    assertThat(stored.send(command)).isEqualTo(expected);
                    assertThat(stored.view(M2_ISD_2026)).isEqualTo(IntakeView.of(inMemory));
                    previous = command;
                }
            }
        });
    }

    @Test
    void readsAnIntakeAnEarlierReleaseWroteWholeAndKeepsItsRules() {
        // Seats S-B then S-C (promoted when S-A left), S-D waiting, S-E rejected: every kind of entry.
        var before = placing(
                Intake.empty(M2_ISD_2026),
                jury(M2_ISD_2026, "S-A", AdmissionDecision.ADMITTED, "30.00", 1),
                jury(M2_ISD_2026, "S-B", AdmissionDecision.ADMITTED, "29.00", 2),
                jury(M2_ISD_2026, "S-C", AdmissionDecision.ADMITTED, "35.00", 3),
                jury(M2_ISD_2026, "S-D", AdmissionDecision.WAITLISTED, "28.00", 4),
                jury(M2_ISD_2026, "S-E", AdmissionDecision.REJECTED, "08.00", 5),
                release(M2_ISD_2026, "S-A", 6));
        assertThat(before.seatHolders()).containsExactly("S-B", "S-C");

        // What the earlier release's state serde (the kit's JSON of the state class) wrote, byte for byte.
        byte[] earlier = JsonSerde.of(Intake.class).serialize("intake-state", before);
        assertThat(new String(earlier, StandardCharsets.UTF_8))
                .isEqualTo("{\"key\":{\"programmeId\":\"M2-ISD\",\"academicYear\":{\"startYear\":2026}},"
                        + "\"seatHolders\":[\"S-B\",\"S-C\"],"
                        + "\"waitlist\":[{\"studentId\":\"S-D\",\"examScore\":28.00,"
                        + "\"waitlistedAt\":\"2026-04-01T08:04:00Z\"}],"
                        + "\"placed\":[\"S-A\",\"S-B\",\"S-C\",\"S-D\",\"S-E\"]}");
        var serde = new IntakeRecordSerde();
        assertThat(serde.deserialize("intake-state", earlier)).isEqualTo(new IntakeRecord.Whole(before));
        assertThat(serde.serialize("intake-state", new IntakeRecord.Whole(before)))
                .isEqualTo(earlier);

        try (var stored = new IntakeDriver(Programmes.catalog())) {
            stored.tallies().put(M2_ISD_2026.toString(), new IntakeRecord.Whole(before));
            assertThat(stored.view(M2_ISD_2026)).isEqualTo(IntakeView.of(before));

            // Placing again a student placed before the upgrade changes nothing, yet spreads the intake into entries.
            assertThat(stored.send(jury(M2_ISD_2026, "S-E", AdmissionDecision.ADMITTED, "30.00", 7)))
                    .isEmpty();
            assertThat(stored.tallies().get(M2_ISD_2026.toString()))
                    .isEqualTo(new IntakeRecord.Tally(M2_ISD_2026, 2, 1, 2));
            assertThat(stored.view(M2_ISD_2026)).isEqualTo(IntakeView.of(before));

            var after = before;
            for (IntakeCommand command : new IntakeCommand[] {
                jury(M2_ISD_2026, "S-A", AdmissionDecision.ADMITTED, "39.00", 8),
                jury(M2_ISD_2026, "S-F", AdmissionDecision.ADMITTED, "31.25", 9),
                release(M2_ISD_2026, "S-B", 10),
                release(M2_ISD_2026, "S-C", 11)
            }) {
                var expected = eventsOf(DECIDER.decide(after, command));
                after = DECIDER.evolveAll(after, expected);
                assertThat(stored.send(command)).isEqualTo(expected);
                assertThat(stored.view(M2_ISD_2026)).isEqualTo(IntakeView.of(after));
            }
            // S-F, waitlisted after the upgrade with the better score, was promoted when S-B left; S-D, waiting since
            // before it, when S-C left.
            assertThat(stored.view(M2_ISD_2026).seatHolders()).containsExactly("S-F", "S-D");
        }
    }

    @Test
    void readsATallyAnEarlierReleaseWroteAsJsonAndWritesItInBinary() {
        var tally = new IntakeRecord.Tally(M2_ISD_2026, 2, 1, 3);
        // What the release before ADR 16 wrote, the JSON of the tally.
        byte[] earlier = JsonSerde.of(IntakeRecord.Tally.class).serialize("intake-state", tally);
        var serde = new IntakeRecordSerde();

        assertThat(serde.deserialize("intake-state", earlier)).isEqualTo(tally);
        var written = serde.serialize("intake-state", tally);
        assertThat(StateSerde.isBinary(written)).isTrue();
        assertThat(serde.deserialize("intake-state", written)).isEqualTo(tally);
    }

    @Test
    void aRepeatedCommandWhoseOutcomeAnEarlierReleaseStoredAsJsonIsAnsweredWithItAndChangesNothing() {
        try (var intake = new IntakeDriver(Programmes.catalog())) {
            var place = jury(M2_ISD_2026, "S-A", AdmissionDecision.ADMITTED, "30.00", 1);
            intake.send(place);
            var first = intake.outcome(place.commandId());
            assertThat(StateSerde.isBinary(intake.storedOutcome(place.commandId())))
                    .isTrue();
            // What the release before ADR 16 left in the processed-commands store: the outcome's JSON.
            intake.putStoredOutcome(
                    place.commandId(),
                    JsonSerde.of(CommandOutcome.class).serialize(IntakeAggregate.PROCESSED_COMMANDS_STORE, first));

            assertThat(intake.outcome(place.commandId())).isEqualTo(first);
            assertThat(intake.send(place)).isEmpty();
            assertThat(intake.view(M2_ISD_2026).seatHolders()).containsExactly("S-A");
        }
    }

    @Test
    void anIntakeCommandsOutcomeShowsTheCountsAfterIt() {
        try (var intake = new IntakeDriver(Programmes.catalog())) {
            intake.send(jury(M2_ISD_2026, "S-A", AdmissionDecision.ADMITTED, "30.00", 1));
            intake.send(jury(M2_ISD_2026, "S-B", AdmissionDecision.ADMITTED, "30.00", 2));
            intake.send(jury(M2_ISD_2026, "S-C", AdmissionDecision.ADMITTED, "30.00", 3));

            CommandOutcome outcome = intake.outcome("place-S-C");

            assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
            assertThat(outcome.view().get("seatsTaken").asInt()).isEqualTo(2);
            assertThat(outcome.view().get("waiting").asInt()).isEqualTo(1);
        }
    }

    /** Eight students, so that placements repeat, seats fill (two of them) and releases find every standing. */
    private static IntakeCommand randomCommand(SplittableRandom random, int step) {
        String student = "S-" + (char) ('A' + random.nextInt(8));
        // Few distinct minutes and scores, so that the waitlist's ties are broken by time and then by id. Quarter
        // marks: the command's JSON reads 20.00 back as 20.0, which is equal but not the same BigDecimal.
        var at = minute(random.nextInt(4));
        if (random.nextInt(3) == 0) {
            return new ReleaseSeat("release-" + step, M2_ISD_2026, student, at);
        }
        var requested = AdmissionDecision.values()[random.nextInt(AdmissionDecision.values().length)];
        var score = new BigDecimal(random.nextInt(3) * 5 + 20).setScale(2).add(new BigDecimal("0.25"));
        return new PlaceApplicant(
                "place-" + step,
                M2_ISD_2026,
                student,
                at,
                requested,
                requested == AdmissionDecision.REJECTED ? Optional.of("insufficient motivation") : Optional.empty(),
                score);
    }
}
