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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
    private static final List<String> COURSES = Programmes.allCourses();
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
        private final List<String> steps;
        private Optional<Transcript> state = Optional.empty();
        private Instant now = START;
        private int degrees;
        private int ids;

        Student(SplittableRandom random, List<String> steps) {
            this.random = random;
            this.steps = steps;
        }

        void next() {
            now = now.plus(Duration.ofHours(random.nextInt(21 * 24)));
            var command = command();
            var decision = DECIDER.decide(state, command);
            steps.add(now + " " + command.getClass().getSimpleName() + " " + describe(command) + " -> "
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

        private TranscriptCommand command() {
            var id = "c-" + ids++;
            var student = "stu-1";
            if (random.nextInt(300) == 0) {
                return new TranscriptCommand.CloseTranscript(id, student, now, "withdrawn");
            }
            int kind = random.nextInt(100);
            // Most enrollments come first; some arrive after other services' facts, or never.
            if (kind < 3 || (ids == 1 && random.nextInt(5) != 0)) {
                return new TranscriptCommand.OpenTranscript(
                        id, student, now, random.nextInt(10) == 0 ? "M2-XYZ" : Programmes.ISD, Programmes.YEAR);
            }
            if (kind < 55) {
                var course = random.nextInt(40) == 0 ? "XX-99" : course();
                var session = random.nextInt(4) == 0 ? ExamSession.RESIT : ExamSession.FIRST;
                return new TranscriptCommand.RecordGrade(id, student, now, course, mark(), session);
            }
            if (kind < 60) {
                return new TranscriptCommand.SubmitDissertation(id, student, now, "Title", "Prof. Dubois");
            }
            if (kind < 68) {
                return new TranscriptCommand.ScheduleDefense(id, student, now, defenseAt(), "Amphi A", jury());
            }
            if (kind < 72) {
                return new TranscriptCommand.RescheduleDefense(id, student, now, defenseAt(), "Room B-204", jury());
            }
            if (kind < 84) {
                return new TranscriptCommand.RecordDefenseResult(id, student, now, mark());
            }
            if (kind < 88) {
                return new TranscriptCommand.RecordExperienceMet(id, student, now, "placement-" + id, now);
            }
            if (kind < 91) {
                return new TranscriptCommand.RecordTuitionSettled(id, student, now, "billing-" + id, now);
            }
            // The rest: the same defense result sent again, whatever the state.
            return new TranscriptCommand.RecordDefenseResult(id, student, now, mark());
        }

        /** Mostly a course not passed yet, as a year's grading goes; sometimes any, to grade one twice. */
        private String course() {
            var open = state.filter(transcript -> transcript.status() == TranscriptStatus.OPEN);
            if (open.isPresent() && random.nextInt(4) != 0) {
                var notPassed = COURSES.stream()
                        .filter(code -> {
                            var result = open.get().results().get(code);
                            return result == null || !result.passed();
                        })
                        .toList();
                if (!notPassed.isEmpty()) {
                    return notPassed.get(random.nextInt(notPassed.size()));
                }
            }
            return COURSES.get(random.nextInt(COURSES.size()));
        }

        /** Mostly passing marks with two decimals, some fails, now and then exactly the pass mark. */
        private BigDecimal mark() {
            if (random.nextInt(10) == 0) {
                return new BigDecimal("10.00");
            }
            int hundredths = random.nextInt(5) == 0 ? random.nextInt(1_000) : 1_000 + random.nextInt(1_001);
            return BigDecimal.valueOf(hundredths, 2);
        }

        /** From a day ago to a month ahead: some in the past, most within the weeks the clock moves. */
        private Instant defenseAt() {
            return now.plus(Duration.ofHours(random.nextInt(-24, 30 * 24)));
        }

        private List<String> jury() {
            var jury = new ArrayList<>(List.of("Prof. Dubois"));
            if (random.nextInt(8) != 0) {
                jury.add("Dr Roy");
            }
            return jury;
        }

        private static String describe(TranscriptCommand command) {
            if (command instanceof TranscriptCommand.RecordGrade grade) {
                return grade.courseCode() + " " + grade.mark() + " " + grade.session();
            }
            if (command instanceof TranscriptCommand.ScheduleDefense schedule) {
                return schedule.defenseAt() + " jury " + schedule.jury().size();
            }
            if (command instanceof TranscriptCommand.RescheduleDefense reschedule) {
                return reschedule.defenseAt() + " jury " + reschedule.jury().size();
            }
            if (command instanceof TranscriptCommand.RecordDefenseResult result) {
                return result.mark().toPlainString();
            }
            return "";
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
