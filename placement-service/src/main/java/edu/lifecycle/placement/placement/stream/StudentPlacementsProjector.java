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
import edu.lifecycle.servicekit.stream.ReadModelStores;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/** Keeps {@link StudentPlacements} per student from {@code placement.events} alone. */
public final class StudentPlacementsProjector implements Processor<String, SpecificRecord, Void, Void> {

    /** Student id → {@link StudentPlacements}. */
    public static final String STORE = "student-placements";

    private KeyValueStore<String, StudentPlacements> store;

    public static ProcessorSupplier<String, SpecificRecord, Void, Void> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, SpecificRecord, Void, Void> get() {
                return new StudentPlacementsProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(ReadModelStores.keyValue(STORE, StudentPlacements.class));
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, SpecificRecord> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        var current = store.get(record.key());
        var next = fold(current, record.value());
        if (next != null && !next.equals(current)) {
            store.put(record.key(), next);
        }
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
