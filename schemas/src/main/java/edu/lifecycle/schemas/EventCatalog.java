package edu.lifecycle.schemas;

import edu.lifecycle.events.admissions.AdmissionDecided;
import edu.lifecycle.events.admissions.ApplicationSubmitted;
import edu.lifecycle.events.admissions.EligibilityAssessed;
import edu.lifecycle.events.admissions.EligibilityOverridden;
import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.events.admissions.EntranceExamGraded;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.WaitlistedApplicantPromoted;
import edu.lifecycle.events.billing.CashPlanChosen;
import edu.lifecycle.events.billing.CreditRefunded;
import edu.lifecycle.events.billing.EmployerInvoiced;
import edu.lifecycle.events.billing.InstalmentOverdue;
import edu.lifecycle.events.billing.InstalmentsCancelled;
import edu.lifecycle.events.billing.PaymentReceived;
import edu.lifecycle.events.billing.TuitionAccountOpened;
import edu.lifecycle.events.billing.TuitionReimbursed;
import edu.lifecycle.events.billing.TuitionSettled;
import edu.lifecycle.events.curriculum.CourseGradeRecorded;
import edu.lifecycle.events.curriculum.DefenseScheduled;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.DissertationDefended;
import edu.lifecycle.events.curriculum.DissertationSubmitted;
import edu.lifecycle.events.curriculum.TranscriptClosed;
import edu.lifecycle.events.curriculum.TranscriptOpened;
import edu.lifecycle.events.placement.ExperienceRequirementMet;
import edu.lifecycle.events.placement.GraduateOutcomeRecorded;
import edu.lifecycle.events.placement.InternshipAgreementSigned;
import edu.lifecycle.events.placement.InternshipValidated;
import edu.lifecycle.events.placement.PlacementEndedEarly;
import edu.lifecycle.events.placement.PlacementRecordClosed;
import edu.lifecycle.events.placement.PlacementRecordOpened;
import edu.lifecycle.events.placement.WorkStudyContractSigned;
import edu.lifecycle.events.profiles.StudentProfile;
import java.util.List;
import java.util.Optional;

/**
 * The public topics of the student lifecycle and the record types each carries. A test holds this list to the
 * {@code src/main/avro} tree, so a schema cannot be added without being catalogued.
 */
public final class EventCatalog {

    /** Written by admissions-service: from application to enrollment and withdrawal. */
    public static final PublicTopic ADMISSIONS_EVENTS = new PublicTopic(
            "admissions.events",
            false,
            List.of(
                    ApplicationSubmitted.class,
                    EligibilityAssessed.class,
                    EligibilityOverridden.class,
                    EntranceExamGraded.class,
                    AdmissionDecided.class,
                    WaitlistedApplicantPromoted.class,
                    StudentEnrolled.class,
                    EnrollmentWithdrawn.class));

    /** Written by billing-service: the tuition account of each student. */
    public static final PublicTopic BILLING_EVENTS = new PublicTopic(
            "billing.events",
            false,
            List.of(
                    TuitionAccountOpened.class,
                    CashPlanChosen.class,
                    PaymentReceived.class,
                    InstalmentOverdue.class,
                    TuitionReimbursed.class,
                    EmployerInvoiced.class,
                    InstalmentsCancelled.class,
                    CreditRefunded.class,
                    TuitionSettled.class));

    /** Written by curriculum-service: transcript, dissertation and degree. */
    public static final PublicTopic CURRICULUM_EVENTS = new PublicTopic(
            "curriculum.events",
            false,
            List.of(
                    TranscriptOpened.class,
                    CourseGradeRecorded.class,
                    DissertationSubmitted.class,
                    DefenseScheduled.class,
                    DissertationDefended.class,
                    DegreeAwarded.class,
                    TranscriptClosed.class));

    /** Written by placement-service: internships, work-study contracts and graduate outcomes. */
    public static final PublicTopic PLACEMENT_EVENTS = new PublicTopic(
            "placement.events",
            false,
            List.of(
                    PlacementRecordOpened.class,
                    InternshipAgreementSigned.class,
                    WorkStudyContractSigned.class,
                    PlacementEndedEarly.class,
                    InternshipValidated.class,
                    ExperienceRequirementMet.class,
                    GraduateOutcomeRecorded.class,
                    PlacementRecordClosed.class));

    /**
     * Written by admissions-service: the latest name and e-mail of each person, the only personal data published.
     * Compacted, so that a tombstone erases a person without rewriting the event topics.
     */
    public static final PublicTopic STUDENT_PROFILES =
            new PublicTopic("admissions.student-profiles", true, List.of(StudentProfile.class));

    private static final List<PublicTopic> TOPICS =
            List.of(ADMISSIONS_EVENTS, BILLING_EVENTS, CURRICULUM_EVENTS, PLACEMENT_EVENTS, STUDENT_PROFILES);

    private EventCatalog() {}

    /** Every public topic. */
    public static List<PublicTopic> topics() {
        return TOPICS;
    }

    /** The public topic of that name, if there is one. */
    public static Optional<PublicTopic> topic(String name) {
        return TOPICS.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }

    /** Every registry subject of every public topic. */
    public static List<Subject> subjects() {
        return TOPICS.stream().flatMap(topic -> topic.subjects().stream()).toList();
    }
}
