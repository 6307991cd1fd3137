package edu.lifecycle.placement.placement;

import static edu.lifecycle.placement.placement.PlacementRules.PROGRAMME_UNKNOWN;
import static edu.lifecycle.placement.placement.PlacementRules.RECORD_ALREADY_OPEN;
import static edu.lifecycle.placement.placement.PlacementRules.RECORD_CLOSED;
import static edu.lifecycle.placement.placement.PlacementRules.RECORD_NOT_FOUND;

import edu.lifecycle.placement.placement.PlacementCommand.CloseRecord;
import edu.lifecycle.placement.placement.PlacementCommand.EndEarly;
import edu.lifecycle.placement.placement.PlacementCommand.NoteGraduation;
import edu.lifecycle.placement.placement.PlacementCommand.OpenRecord;
import edu.lifecycle.placement.placement.PlacementCommand.RecordGraduateOutcome;
import edu.lifecycle.placement.placement.PlacementCommand.SignInternship;
import edu.lifecycle.placement.placement.PlacementCommand.SignWorkStudyContract;
import edu.lifecycle.placement.placement.PlacementCommand.Validate;
import edu.lifecycle.placement.placement.PlacementEvent.PlacementRecordClosed;
import edu.lifecycle.placement.placement.PlacementEvent.PlacementRecordOpened;
import edu.lifecycle.placement.placement.PlacementEvent.StudentGraduated;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.List;
import java.util.Optional;

/**
 * The pure decisions of the {@link PlacementRecord} aggregate, keyed by student id. A student who never enrolled is
 * {@code Optional.empty()}. The state after a decision is the fold of its events over the state before it.
 */
public final class PlacementDecider {

    private final ProgrammeCatalog programmes;
    private final SigningPlacement signing;
    private final ValidatingPlacement validating;

    public PlacementDecider(ProgrammeCatalog programmes, AcademicYears calendar) {
        this.programmes = programmes;
        this.signing = new SigningPlacement(programmes, calendar);
        this.validating = new ValidatingPlacement(programmes, calendar);
    }

    public Decision<PlacementEvent> decide(Optional<PlacementRecord> current, PlacementCommand command) {
        if (command instanceof OpenRecord open) {
            return current.isPresent()
                    ? Decision.conflict(RECORD_ALREADY_OPEN, "The student already has a placement record.")
                    : opening(open);
        }
        if (current.isEmpty()) {
            // A withdrawn applicant who never enrolled has no record: there is nothing to close.
            return command instanceof CloseRecord
                    ? Decision.accept(List.of())
                    : Decision.notFound(
                            RECORD_NOT_FOUND, "Student " + command.studentId() + " has no placement record.");
        }
        var record = current.get();
        if (command instanceof NoteGraduation graduation) {
            // A fact from curriculum: noted once, whatever the record's state.
            return record.graduate()
                    ? Decision.accept(List.of())
                    : Decision.accept(new StudentGraduated(
                            command.studentId(),
                            command.issuedAt(),
                            graduation.programmeId(),
                            graduation.academicYear()));
        }
        if (command instanceof RecordGraduateOutcome outcome) {
            return RecordingGraduateOutcome.decide(record, outcome);
        }
        if (command instanceof CloseRecord close) {
            return record.closed()
                    ? Decision.accept(List.of())
                    : Decision.accept(
                            new PlacementRecordClosed(command.studentId(), command.issuedAt(), close.reason()));
        }
        if (record.closed()) {
            return Decision.conflict(RECORD_CLOSED, "The placement record closed when the enrollment was withdrawn.");
        }
        if (command instanceof SignInternship sign) {
            return signing.internship(record, sign);
        }
        if (command instanceof SignWorkStudyContract sign) {
            return signing.workStudy(record, sign);
        }
        if (command instanceof EndEarly end) {
            return EndingEarly.decide(record, end);
        }
        if (command instanceof Validate validate) {
            return validating.decide(record, validate);
        }
        throw new IllegalArgumentException("Unknown placement command " + command.getClass());
    }

    /**
     * @throws IllegalStateException if the event cannot follow the state, which means the log and the decider
     *     disagree
     */
    public PlacementRecord evolve(Optional<PlacementRecord> current, PlacementEvent event) {
        if (event instanceof PlacementRecordOpened opened) {
            if (current.isPresent()) {
                throw new IllegalStateException("Student " + event.studentId() + " already has a record");
            }
            return PlacementRecord.opened(opened);
        }
        return current.orElseThrow(() ->
                        new IllegalStateException("No placement record of " + event.studentId() + " for " + event))
                .apply(event);
    }

    /** The fold of {@code events} over {@code current}: what the state store holds after a decision. */
    public Optional<PlacementRecord> evolveAll(
            Optional<PlacementRecord> current, List<? extends PlacementEvent> events) {
        var state = current;
        for (PlacementEvent event : events) {
            state = Optional.of(evolve(state, event));
        }
        return state;
    }

    private Decision<PlacementEvent> opening(OpenRecord open) {
        return programmes
                .find(open.programmeId())
                .<Decision<PlacementEvent>>map(programme -> Decision.accept(new PlacementRecordOpened(
                        open.studentId(),
                        open.issuedAt(),
                        programme.id(),
                        open.academicYear(),
                        programme.requiredMonths())))
                .orElseGet(() -> Decision.ruleBroken(
                        PROGRAMME_UNKNOWN, "Programme " + open.programmeId() + " has no placement reference data."));
    }
}
