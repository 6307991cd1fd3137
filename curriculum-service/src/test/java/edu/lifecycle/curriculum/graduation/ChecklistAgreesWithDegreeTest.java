package edu.lifecycle.curriculum.graduation;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.curriculum.transcript.DegreeCondition;
import edu.lifecycle.curriculum.transcript.Transcript;
import edu.lifecycle.curriculum.transcript.TranscriptCommandsAtRandom;
import edu.lifecycle.curriculum.transcript.TranscriptDecider;
import edu.lifecycle.curriculum.transcript.TranscriptEvent;
import edu.lifecycle.curriculum.transcript.TranscriptStatus;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.testing.Trials;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Over random transcripts, the graduation checklist (built from the events alone) and the transcript that awards the
 * degree agree after every accepted command: the same conditions hold, the readiness line names as missing exactly
 * what the award still waits for, and the degree is awarded by the command that completes the checklist of an open
 * transcript, and by no other.
 */
class ChecklistAgreesWithDegreeTest {

    private static final TranscriptDecider DECIDER =
            new TranscriptDecider(Programmes.catalog(), GradingScheme.french());
    private static final Instant START = Instant.parse("2026-09-15T08:00:00Z");

    @Test
    void theChecklistAndTheDegreeAwardAgreeOnEveryTranscript() {
        var degrees = new AtomicInteger();
        Trials.check(1_000, (random, steps) -> {
            var commands = new TranscriptCommandsAtRandom(random);
            Optional<Transcript> transcript = Optional.empty();
            var checklist = GraduationChecklist.of("stu-1");
            var now = START;
            for (int step = 0; step < 60 + random.nextInt(140); step++) {
                now = now.plus(Duration.ofHours(random.nextInt(21 * 24)));
                var command = commands.next(transcript, now);
                var decision = DECIDER.decide(transcript, command);
                steps.add(now + " " + command.getClass().getSimpleName() + " "
                        + TranscriptCommandsAtRandom.describe(command) + " -> " + outcome(decision));
                if (!(decision instanceof Decision.Accepted<TranscriptEvent> accepted)) {
                    continue;
                }
                boolean awarded = false;
                boolean openBeforeTheAward = false;
                int position = 0;
                for (TranscriptEvent event : accepted.events()) {
                    if (event instanceof TranscriptEvent.DegreeAwarded) {
                        awarded = true;
                    } else {
                        openBeforeTheAward = DECIDER.evolve(transcript, event).status() == TranscriptStatus.OPEN;
                    }
                    transcript = Optional.of(DECIDER.evolve(transcript, event));
                    checklist = Checklists.apply(checklist, event, command.commandId() + "-" + position++);
                }
                var awardSees = transcript.orElseThrow().degreeConditions();
                var readiness = GraduationReadiness.of(checklist);

                assertThat(checklist.degreeConditions())
                        .as("the checklist's conditions")
                        .isEqualTo(awardSees);
                assertThat(readiness.missing())
                        .as("what the readiness line names as missing")
                        .isEqualTo(awardSees.missing().stream()
                                .map(DegreeCondition::ruleName)
                                .toList());
                assertThat(awarded)
                        .as("awarded by this command, the checklist now complete on an open transcript")
                        .isEqualTo(openBeforeTheAward && checklist.complete());
                assertThat(readiness.degreeAwarded())
                        .as("the checklist shows the degree")
                        .isEqualTo(transcript.orElseThrow().degree().isPresent());
                if (awarded) {
                    degrees.incrementAndGet();
                }
            }
        });
        // The generator must reach the degree often, or the property says little about the award.
        assertThat(degrees.get()).as("degrees awarded over all cases").isGreaterThan(30);
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

    /** The checklist's read of curriculum's events, as its projector reads their published form. */
    private static final class Checklists {

        static GraduationChecklist apply(GraduationChecklist checklist, TranscriptEvent event, String eventId) {
            var at = event.occurredAt();
            if (event instanceof TranscriptEvent.TranscriptOpened opened) {
                return checklist.opened(
                        new Enrolment(opened.programmeId(), opened.academicYear(), opened.requiredEcts()));
            } else if (event instanceof TranscriptEvent.CourseGradeRecorded graded) {
                return checklist.courseGraded(
                        graded.courseCode(), graded.ectsEarned(), new Evidence("CourseGradeRecorded", eventId, at));
            } else if (event instanceof TranscriptEvent.DissertationDefended defended) {
                return checklist.dissertationDefended(
                        defended.passed(), defended.ectsEarned(), new Evidence("DissertationDefended", eventId, at));
            } else if (event instanceof TranscriptEvent.ExperienceRequirementRecorded met) {
                // Placement's own event, which the checklist reads from placement's topic.
                return checklist.experienceMet(new Evidence("ExperienceRequirementMet", met.sourceEventId(), at));
            } else if (event instanceof TranscriptEvent.TuitionSettlementRecorded settled) {
                return checklist.tuitionSettled(new Evidence("TuitionSettled", settled.sourceEventId(), at));
            } else if (event instanceof TranscriptEvent.TranscriptClosed) {
                return checklist.closed();
            } else if (event instanceof TranscriptEvent.DegreeAwarded degree) {
                return checklist.awarded(new AwardedDegree(degree.mention().name(), degree.average(), at));
            }
            return checklist;
        }
    }
}
