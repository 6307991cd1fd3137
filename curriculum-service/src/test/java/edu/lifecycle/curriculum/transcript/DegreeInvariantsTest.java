package edu.lifecycle.curriculum.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DefenseRescheduled;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DefenseScheduled;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DegreeAwarded;
import edu.lifecycle.curriculum.transcript.TranscriptEvent.DissertationDefended;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.testing.Trials;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The degree's invariants over random command sequences at random times: awarded only when all four conditions
 * hold, exactly once (never withheld from an open transcript where they all hold), and a defense marked only from
 * its scheduled time on.
 */
class DegreeInvariantsTest {

    private static final TranscriptDecider DECIDER =
            new TranscriptDecider(Programmes.catalog(), GradingScheme.french());
    private static final Instant START = Instant.parse("2026-09-15T08:00:00Z");

    @Test
    void theDegreeIsAwardedOnlyWhenAllFourConditionsHoldAndExactlyOnce() {
        var degrees = new AtomicInteger();
        Trials.check(1_000, (random, steps) -> {
            var student = new Student(random, steps);
            for (int step = 0; step < 60 + random.nextInt(140); step++) {
                student.next();
            }
            student.awardedOnceIfAllFourHold();
            degrees.addAndGet(student.degrees);
        });
        // The generator must reach the degree often, or the property says nothing about it.
        assertThat(degrees.get()).as("degrees awarded over all cases").isGreaterThan(30);
    }

    /** One student's year: random commands at a clock that moves on by up to three weeks between them. */
    private static final class Student {

        private final SplittableRandom random;
        private final TranscriptCommandsAtRandom commands;
        private final List<String> steps;
        private Optional<Transcript> state = Optional.empty();
        private Instant now = START;
        private int degrees;

        Student(SplittableRandom random, List<String> steps) {
            this.random = random;
            this.commands = new TranscriptCommandsAtRandom(random);
            this.steps = steps;
        }

        void next() {
            now = now.plus(Duration.ofHours(random.nextInt(21 * 24)));
            var command = commands.next(state, now);
            var decision = DECIDER.decide(state, command);
            steps.add(
                    now + " " + command.getClass().getSimpleName() + " " + TranscriptCommandsAtRandom.describe(command)
                            + " -> "
                            + outcome(decision));
            if (decision instanceof Decision.Accepted<TranscriptEvent> accepted) {
                var before = state;
                for (TranscriptEvent event : accepted.events()) {
                    if (event instanceof DegreeAwarded) {
                        allFourHold(state.orElseThrow());
                        assertThat(state.orElseThrow().status()).isEqualTo(TranscriptStatus.OPEN);
                        degrees++;
                    }
                    if (event instanceof DissertationDefended) {
                        var defenseAt = before.flatMap(Transcript::dissertation)
                                .flatMap(Dissertation::defense)
                                .orElseThrow()
                                .defenseAt();
                        assertThat(command.issuedAt())
                                .as("marked at or after its time")
                                .isAfterOrEqualTo(defenseAt);
                    }
                    state = Optional.of(DECIDER.evolve(state, event));
                }
                assertThat(degrees).as("degrees awarded").isLessThanOrEqualTo(1);
                awardedOnceIfAllFourHold();
            }
        }

        /** Never an open transcript on which all four hold: the degree follows the command that completed them. */
        void awardedOnceIfAllFourHold() {
            state.filter(transcript -> transcript.status() == TranscriptStatus.OPEN)
                    .ifPresent(open -> assertThat(allHold(open))
                            .as("all four hold on an open transcript")
                            .isFalse());
            if (state.map(Transcript::status).orElse(null) == TranscriptStatus.GRADUATED) {
                assertThat(degrees).isEqualTo(1);
            }
        }

        private static void allFourHold(Transcript transcript) {
            assertThat(transcript.ectsEarned())
                    .isEqualTo(transcript.syllabus().orElseThrow().requiredEcts());
            assertThat(transcript.dissertationPassed()).isTrue();
            assertThat(transcript.experience()).isPresent();
            assertThat(transcript.tuition()).isPresent();
        }

        private static boolean allHold(Transcript transcript) {
            return transcript.ectsEarned()
                            >= transcript.syllabus().orElseThrow().requiredEcts()
                    && transcript.dissertationPassed()
                    && transcript.experience().isPresent()
                    && transcript.tuition().isPresent();
        }

        private static String outcome(Decision<TranscriptEvent> decision) {
            if (decision instanceof Decision.Rejected<TranscriptEvent> rejected) {
                return "refused " + rejected.rejection().rule();
            }
            return ((Decision.Accepted<TranscriptEvent>) decision)
                    .events().stream()
                            .map(event -> event.getClass().getSimpleName())
                            .toList()
                            .toString();
        }
    }

    // Referenced so a renamed event type breaks this test's compilation rather than silently narrowing it.
    @SuppressWarnings("unused")
    private static final List<Class<?>> DEFENSE_EVENTS = List.of(DefenseScheduled.class, DefenseRescheduled.class);
}
