package edu.lifecycle.curriculum.graduation.stream;

import edu.lifecycle.curriculum.graduation.AwardedDegree;
import edu.lifecycle.curriculum.graduation.Enrolment;
import edu.lifecycle.curriculum.graduation.Evidence;
import edu.lifecycle.curriculum.graduation.GraduationChecklist;
import edu.lifecycle.curriculum.graduation.GraduationReadiness;
import edu.lifecycle.events.billing.TuitionSettled;
import edu.lifecycle.events.curriculum.CourseGradeRecorded;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.DissertationDefended;
import edu.lifecycle.events.curriculum.TranscriptClosed;
import edu.lifecycle.events.curriculum.TranscriptOpened;
import edu.lifecycle.events.placement.ExperienceRequirementMet;
import edu.lifecycle.servicekit.stream.Projection;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import java.time.Instant;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each student's checklist from the events that bear on the degree; other events leave it as it is. Each change
 * that alters a student's readiness line is sent on under the programme year's key, and a student whose transcript
 * opens for another programme year is removed from the one they left, so no student is listed twice.
 */
final class ChecklistProjector {

    /** Student id → {@link GraduationChecklist}, stored in its flat form ({@link StoredChecklist}). */
    static final String STORE = "graduation-checklists";

    private ChecklistProjector() {}

    static Projection<String, SpecificRecord, String, ReadinessChange> supplier() {
        return Projection.of(ChecklistProjector::project, ReadModelStores.keyValue(STORE, StoredChecklist.serde()));
    }

    private static void project(
            Record<String, SpecificRecord> record, Projection.Target<String, ReadinessChange> target) {
        if (record.key() == null || record.value() == null || !concerns(record.value())) {
            // Most events on these topics change nothing on the checklist: not even read it for them.
            return;
        }
        KeyValueStore<String, GraduationChecklist> checklists = target.store(STORE);
        var before = checklists.get(record.key());
        var current = before == null ? GraduationChecklist.of(record.key()) : before;
        var after = apply(current, record.value());
        if (!after.equals(before) && after != current) {
            checklists.put(record.key(), after);
            sendReadiness(target, before, after, record);
        }
    }

    private static void sendReadiness(
            Projection.Target<String, ReadinessChange> target,
            GraduationChecklist before,
            GraduationChecklist after,
            Record<String, SpecificRecord> event) {
        var left = cohortOf(before);
        var joined = cohortOf(after);
        if (left != null && !left.equals(joined)) {
            target.forward(event.withKey(left).withValue(new ReadinessChange(after.studentId(), null)));
        }
        if (joined == null) {
            // Placement's or billing's event ahead of the enrollment: no programme year to list the student in yet.
            return;
        }
        var line = GraduationReadiness.of(after);
        if (!joined.equals(left) || !line.equals(GraduationReadiness.of(before))) {
            // With the event's headers: its trace goes on through the repartition to the readiness list.
            target.forward(event.withKey(joined).withValue(new ReadinessChange(after.studentId(), line)));
        }
    }

    private static String cohortOf(GraduationChecklist checklist) {
        return checklist == null || checklist.enrolment() == null
                ? null
                : ReadinessRows.cohortKey(
                        checklist.enrolment().programme(), checklist.enrolment().academicYear());
    }

    /** Whether {@link #apply} may change a checklist for this event. */
    private static boolean concerns(SpecificRecord event) {
        return event instanceof TranscriptOpened
                || event instanceof CourseGradeRecorded
                || event instanceof DissertationDefended
                || event instanceof ExperienceRequirementMet
                || event instanceof TuitionSettled
                || event instanceof TranscriptClosed
                || event instanceof DegreeAwarded;
    }

    private static GraduationChecklist apply(GraduationChecklist checklist, SpecificRecord event) {
        if (event instanceof TranscriptOpened opened) {
            return checklist.opened(
                    new Enrolment(opened.getProgramme(), opened.getAcademicYear(), opened.getRequiredEcts()));
        } else if (event instanceof CourseGradeRecorded graded) {
            return checklist.courseGraded(
                    graded.getCourseCode(),
                    graded.getEctsEarned(),
                    evidence(graded, graded.getEventId(), graded.getOccurredAt()));
        } else if (event instanceof DissertationDefended defended) {
            return checklist.dissertationDefended(
                    defended.getPassed(),
                    defended.getEctsEarned(),
                    evidence(defended, defended.getEventId(), defended.getOccurredAt()));
        } else if (event instanceof ExperienceRequirementMet met) {
            return checklist.experienceMet(evidence(met, met.getEventId(), met.getOccurredAt()));
        } else if (event instanceof TuitionSettled settled) {
            return checklist.tuitionSettled(evidence(settled, settled.getEventId(), settled.getOccurredAt()));
        } else if (event instanceof TranscriptClosed) {
            return checklist.closed();
        } else if (event instanceof DegreeAwarded awarded) {
            return checklist.awarded(
                    new AwardedDegree(awarded.getMention().name(), awarded.getAverage(), awarded.getOccurredAt()));
        }
        return checklist;
    }

    /** The checklist names a condition's event by the published event's type, as subscribers know it. */
    private static Evidence evidence(SpecificRecord event, String eventId, Instant at) {
        return new Evidence(event.getSchema().getName(), eventId, at);
    }
}
