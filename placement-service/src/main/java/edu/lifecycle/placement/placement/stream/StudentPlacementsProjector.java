package edu.lifecycle.placement.placement.stream;

import edu.lifecycle.events.placement.ExperienceRequirementMet;
import edu.lifecycle.events.placement.InternshipAgreementSigned;
import edu.lifecycle.events.placement.InternshipValidated;
import edu.lifecycle.events.placement.PlacementEndedEarly;
import edu.lifecycle.events.placement.PlacementRecordClosed;
import edu.lifecycle.events.placement.PlacementRecordOpened;
import edu.lifecycle.events.placement.WorkStudyContractSigned;
import edu.lifecycle.placement.placement.PlacementKind;
import edu.lifecycle.placement.placement.PlacementStatus;
import edu.lifecycle.placement.placement.Sector;
import edu.lifecycle.placement.placement.stream.StudentPlacements.Entry;
import edu.lifecycle.servicekit.stream.Projection;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import org.apache.avro.specific.SpecificRecord;

/** Keeps {@link StudentPlacements} per student from {@code placement.events} alone. */
public final class StudentPlacementsProjector {

    /** Student id → {@link StudentPlacements}. */
    public static final String STORE = "student-placements";

    private StudentPlacementsProjector() {}

    public static Projection<String, SpecificRecord, Void, Void> supplier() {
        return Projection.folding(
                ReadModelStores.keyValue(STORE, StudentPlacements.class),
                (studentId, current, event) -> fold(current, event));
    }

    private static StudentPlacements fold(StudentPlacements current, SpecificRecord event) {
        if (event instanceof PlacementRecordOpened e) {
            return current != null
                    ? current
                    : StudentPlacements.opened(
                            e.getStudentId(), e.getProgramme(), e.getAcademicYear(), e.getRequiredMonths());
        }
        if (current == null) {
            // Every other placement event follows the opening on the same partition; nothing to show without it.
            return null;
        }
        if (event instanceof PlacementRecordClosed) {
            return current.closing();
        }
        if (event instanceof InternshipAgreementSigned e) {
            return current.with(new Entry(
                    e.getAgreementId(),
                    PlacementKind.INTERNSHIP,
                    PlacementStatus.SIGNED,
                    e.getOrganisation(),
                    Sector.valueOf(e.getSector().name()),
                    e.getRole(),
                    e.getTutor(),
                    e.getStartOn(),
                    e.getEndOn(),
                    null,
                    null,
                    null,
                    null));
        }
        if (event instanceof WorkStudyContractSigned e) {
            return current.with(new Entry(
                    e.getContractId(),
                    PlacementKind.WORK_STUDY,
                    PlacementStatus.SIGNED,
                    e.getEmployer(),
                    null,
                    null,
                    null,
                    e.getStartOn(),
                    e.getEndOn(),
                    null,
                    null,
                    null,
                    null));
        }
        if (event instanceof PlacementEndedEarly e) {
            return current.changing(
                    e.getPlacementId(),
                    entry -> new Entry(
                            entry.placementId(),
                            entry.kind(),
                            entry.status() == PlacementStatus.VALIDATED
                                    ? PlacementStatus.VALIDATED
                                    : PlacementStatus.ENDED_EARLY,
                            entry.organisation(),
                            entry.sector(),
                            entry.role(),
                            entry.tutor(),
                            entry.startOn(),
                            entry.endOn(),
                            e.getEndedOn(),
                            e.getReason(),
                            entry.evaluationMark(),
                            entry.validatedMonths()));
        }
        if (event instanceof InternshipValidated e) {
            return current.changing(
                    e.getPlacementId(),
                    entry -> new Entry(
                            entry.placementId(),
                            entry.kind(),
                            PlacementStatus.VALIDATED,
                            entry.organisation(),
                            entry.sector(),
                            entry.role(),
                            entry.tutor(),
                            entry.startOn(),
                            entry.endOn(),
                            entry.endedOn(),
                            entry.earlyEndReason(),
                            e.getEvaluationMark(),
                            e.getValidatedMonths()));
        }
        if (event instanceof ExperienceRequirementMet e) {
            return current.requirementMetAt() != null ? current : current.meetingRequirement(e.getOccurredAt());
        }
        return current;
    }
}
