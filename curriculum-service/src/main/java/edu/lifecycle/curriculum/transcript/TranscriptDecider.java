package edu.lifecycle.curriculum.transcript;

import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.programme.ProgrammeCatalog;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.CloseTranscript;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.OpenTranscript;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.RecordDefenseResult;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.RecordExperienceMet;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.RecordGrade;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.RecordTuitionSettled;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.RescheduleDefense;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.ScheduleDefense;
import edu.lifecycle.curriculum.transcript.TranscriptCommand.SubmitDissertation;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transcript's pure {@code decide} and {@code evolve}. Every accepted command is followed by a look at the four
 * degree conditions on the state it leaves, which appends {@code DegreeAwarded} when they all hold for the first time.
 */
public final class TranscriptDecider {

    private final OpeningTranscript opening;
    private final ClosingTranscript closing = new ClosingTranscript();
    private final RecordingGrade grading;
    private final SubmittingDissertation submitting = new SubmittingDissertation();
    private final SchedulingDefense scheduling = new SchedulingDefense();
    private final ReschedulingDefense rescheduling = new ReschedulingDefense();
    private final RecordingDefenseResult defending;
    private final RecordingGraduationFact facts = new RecordingGraduationFact();
    private final AwardingDegree awarding;

    public TranscriptDecider(ProgrammeCatalog programmes, GradingScheme scheme) {
        this.opening = new OpeningTranscript(programmes);
        this.grading = new RecordingGrade(scheme);
        this.defending = new RecordingDefenseResult(scheme);
        this.awarding = new AwardingDegree(scheme);
    }

    public Decision<TranscriptEvent> decide(Optional<Transcript> state, TranscriptCommand command) {
        var decision = decideAlone(state, command);
        if (decision instanceof Decision.Accepted<TranscriptEvent> accepted) {
            var after = evolveAll(state, accepted.events());
            if (after.isPresent()) {
                var degree = awarding.check(after.get(), command.issuedAt());
                if (degree.isPresent()) {
                    var events = new ArrayList<>(accepted.events());
                    events.add(degree.get());
                    return Decision.accept(events);
                }
            }
        }
        return decision;
    }

    private Decision<TranscriptEvent> decideAlone(Optional<Transcript> state, TranscriptCommand command) {
        if (command instanceof OpenTranscript open) {
            return opening.decide(state, open);
        } else if (command instanceof CloseTranscript close) {
            return closing.decide(state, close);
        } else if (command instanceof RecordGrade grade) {
            return grading.decide(state, grade);
        } else if (command instanceof SubmitDissertation submit) {
            return submitting.decide(state, submit);
        } else if (command instanceof ScheduleDefense schedule) {
            return scheduling.decide(state, schedule);
        } else if (command instanceof RescheduleDefense reschedule) {
            return rescheduling.decide(state, reschedule);
        } else if (command instanceof RecordDefenseResult result) {
            return defending.decide(state, result);
        } else if (command instanceof RecordExperienceMet experience) {
            return facts.decide(state, experience);
        } else if (command instanceof RecordTuitionSettled tuition) {
            return facts.decide(state, tuition);
        }
        throw new IllegalArgumentException(
                "Unknown transcript command " + command.getClass().getSimpleName());
    }

    public Transcript evolve(Optional<Transcript> state, TranscriptEvent event) {
        var transcript = state.orElseGet(() -> Transcript.awaitingEnrollment(event.studentId(), event.occurredAt()));
        if (event instanceof TranscriptEvent.TranscriptOpened opened) {
            return transcript.opened(opened);
        } else if (event instanceof TranscriptEvent.TranscriptClosed closed) {
            return transcript.closed(closed);
        } else if (event instanceof TranscriptEvent.CourseGradeRecorded graded) {
            return transcript.graded(graded);
        } else if (event instanceof TranscriptEvent.DissertationSubmitted submitted) {
            return transcript.withDissertation(
                    Dissertation.submitted(submitted.title(), submitted.supervisor(), submitted.occurredAt()),
                    submitted.occurredAt());
        } else if (event instanceof TranscriptEvent.DefenseScheduled scheduled) {
            var defense = new Defense(scheduled.defenseAt(), scheduled.room(), scheduled.jury());
            return transcript.withDissertation(
                    transcript.dissertation().orElseThrow().scheduled(defense), scheduled.occurredAt());
        } else if (event instanceof TranscriptEvent.DefenseRescheduled rescheduled) {
            var defense = new Defense(rescheduled.defenseAt(), rescheduled.room(), rescheduled.jury());
            return transcript.withDissertation(
                    transcript.dissertation().orElseThrow().scheduled(defense), rescheduled.occurredAt());
        } else if (event instanceof TranscriptEvent.DissertationDefended defended) {
            return transcript.withDissertation(
                    transcript.dissertation().orElseThrow().defended(defended.mark(), defended.passed()),
                    defended.occurredAt());
        } else if (event instanceof TranscriptEvent.ExperienceRequirementRecorded experience) {
            return transcript.experienceMet(experience);
        } else if (event instanceof TranscriptEvent.TuitionSettlementRecorded tuition) {
            return transcript.tuitionSettled(tuition);
        } else if (event instanceof TranscriptEvent.DegreeAwarded awarded) {
            return transcript.awarded(awarded);
        }
        throw new IllegalArgumentException(
                "Unknown transcript event " + event.getClass().getSimpleName());
    }

    private Optional<Transcript> evolveAll(Optional<Transcript> current, List<TranscriptEvent> events) {
        var state = current;
        for (TranscriptEvent event : events) {
            state = Optional.of(evolve(state, event));
        }
        return state;
    }
}
