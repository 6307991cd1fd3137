package edu.lifecycle.admissions;

import edu.lifecycle.events.admissions.AdmissionDecided;
import edu.lifecycle.events.admissions.AdmissionDecision;
import edu.lifecycle.events.admissions.ApplicationSubmitted;
import edu.lifecycle.events.admissions.EligibilityAssessed;
import edu.lifecycle.events.admissions.EligibilityOverridden;
import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.events.admissions.EntranceExamGraded;
import edu.lifecycle.events.admissions.IneligibilityReason;
import edu.lifecycle.events.admissions.PriorDegree;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.StudyStream;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.events.admissions.WaitlistedApplicantPromoted;
import edu.lifecycle.events.billing.CreditRefunded;
import edu.lifecycle.events.billing.PayerType;
import edu.lifecycle.events.billing.PaymentAllocation;
import edu.lifecycle.events.billing.PaymentMethod;
import edu.lifecycle.events.billing.PaymentReceived;
import edu.lifecycle.events.billing.ScheduleLine;
import edu.lifecycle.events.billing.ScheduleLineKind;
import edu.lifecycle.events.billing.TuitionAccountOpened;
import edu.lifecycle.events.billing.TuitionSettled;
import edu.lifecycle.events.curriculum.CourseGradeRecorded;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.DissertationDefended;
import edu.lifecycle.events.curriculum.DissertationSubmitted;
import edu.lifecycle.events.curriculum.ExamSession;
import edu.lifecycle.events.curriculum.Mention;
import edu.lifecycle.events.placement.ExperienceRequirementMet;
import edu.lifecycle.events.placement.WorkStudyContractSigned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/**
 * Public events of a student's year, as the four services publish them, at realistic moments of the M2-ISD
 * 2026-2027 calendar. {@link #at} moves one to another instant.
 */
public final class Events {

    public static final String ISD = "M2-ISD";
    public static final String ISI = "M2-ISI";
    public static final String YEAR = "2026-2027";

    /** The schedule of an M2-ISD account: the deposit line, then six instalments. */
    public static final String DEPOSIT_LINE = "L1";
    /** The staff id events of human decisions carry: read models and timelines must never show it. */
    public static final String STAFF = "staff-042";

    private Events() {}

    // admissions.events

    public static ApplicationSubmitted submitted(String studentId, String programme, String year) {
        return new ApplicationSubmitted(
                id(),
                time("2026-03-02T09:00:00Z"),
                studentId,
                programme,
                year,
                new PriorDegree("Master 1 International Relations", "Sciences Po Lyon", "FR", 240),
                StudyStream.PROFESSIONAL,
                TrainingScheme.INITIAL);
    }

    public static EligibilityAssessed assessedEligible(String studentId) {
        return new EligibilityAssessed(id(), time("2026-03-02T09:00:01Z"), studentId, true, List.of(), 240);
    }

    public static EligibilityAssessed assessedIneligible(String studentId) {
        return new EligibilityAssessed(
                id(),
                time("2026-03-02T09:00:01Z"),
                studentId,
                false,
                List.of(IneligibilityReason.INSUFFICIENT_ECTS),
                240);
    }

    public static EligibilityOverridden overriddenToEligible(String studentId) {
        return new EligibilityOverridden(
                id(),
                time("2026-03-10T11:00:00Z"),
                studentId,
                true,
                "Equivalent professional experience in the armed forces",
                STAFF,
                STAFF);
    }

    public static EntranceExamGraded graded(String studentId, String writtenMark, String interviewMark) {
        return new EntranceExamGraded(
                id(),
                time("2026-04-15T14:00:00Z"),
                studentId,
                new BigDecimal(writtenMark),
                new BigDecimal(interviewMark),
                STAFF);
    }

    public static AdmissionDecided admitted(String studentId) {
        return decided(studentId, AdmissionDecision.ADMITTED, null);
    }

    public static AdmissionDecided waitlisted(String studentId) {
        return decided(studentId, AdmissionDecision.WAITLISTED, "Capacity of 30 reached");
    }

    public static AdmissionDecided rejected(String studentId) {
        return decided(studentId, AdmissionDecision.REJECTED, "Exam score below the bar");
    }

    public static WaitlistedApplicantPromoted promoted(String studentId, String programme, String year) {
        return new WaitlistedApplicantPromoted(id(), time("2026-06-01T10:00:00Z"), studentId, programme, year);
    }

    public static StudentEnrolled enrolled(String studentId, String programme, String year) {
        return new StudentEnrolled(
                id(),
                time("2026-09-01T08:00:00Z"),
                studentId,
                programme,
                year,
                StudyStream.PROFESSIONAL,
                TrainingScheme.INITIAL,
                LocalDate.parse("2026-09-01"));
    }

    public static EnrollmentWithdrawn withdrew(String studentId) {
        return new EnrollmentWithdrawn(id(), time("2026-11-02T16:00:00Z"), studentId, "Moved abroad", STAFF);
    }

    /** Applied, found eligible, graded and admitted: ready to enroll. */
    public static List<SpecificRecord> admittedApplicant(String studentId, String programme, String year) {
        return List.of(
                submitted(studentId, programme, year),
                assessedEligible(studentId),
                graded(studentId, "14.50", "15.00"),
                admitted(studentId));
    }

    /** From application to enrollment. */
    public static List<SpecificRecord> enrolledStudent(String studentId, String programme, String year) {
        var events = new ArrayList<>(admittedApplicant(studentId, programme, year));
        events.add(enrolled(studentId, programme, year));
        return events;
    }

    // billing.events

    public static TuitionAccountOpened accountOpened(String studentId) {
        var schedule = new ArrayList<ScheduleLine>();
        schedule.add(new ScheduleLine(
                DEPOSIT_LINE, ScheduleLineKind.DEPOSIT, 1, eur("1500.00"), LocalDate.parse("2026-09-01")));
        for (int instalment = 1; instalment <= 6; instalment++) {
            schedule.add(new ScheduleLine(
                    "L" + (instalment + 1),
                    ScheduleLineKind.INSTALMENT,
                    instalment + 1,
                    eur("1375.00"),
                    LocalDate.parse("2026-10-05").plusMonths(instalment - 1)));
        }
        return new TuitionAccountOpened(
                id(),
                time("2026-09-01T08:00:05Z"),
                studentId,
                ISD,
                YEAR,
                eur("9750.00"),
                eur("1500.00"),
                PayerType.STUDENT,
                schedule);
    }

    public static PaymentReceived paidTowardsDeposit(String studentId, String amount) {
        return new PaymentReceived(
                id(),
                time("2026-09-03T10:00:00Z"),
                studentId,
                "PAY-" + UUID.randomUUID(),
                eur(amount),
                PaymentMethod.CARD,
                PayerType.STUDENT,
                time("2026-09-03T09:58:00Z"),
                List.of(new PaymentAllocation(DEPOSIT_LINE, eur(amount))),
                eur("0.00"));
    }

    public static PaymentReceived paidDeposit(String studentId) {
        return paidTowardsDeposit(studentId, "1500.00");
    }

    public static CreditRefunded creditRefunded(String studentId, String amount) {
        return new CreditRefunded(
                id(),
                time("2027-04-02T10:00:00Z"),
                studentId,
                "refund-" + studentId,
                eur(amount),
                PayerType.STUDENT,
                STAFF);
    }

    public static TuitionSettled tuitionSettled(String studentId) {
        return new TuitionSettled(id(), time("2027-03-05T12:00:00Z"), studentId, eur("9750.00"));
    }

    // curriculum.events

    public static CourseGradeRecorded courseGraded(String studentId, String courseCode, String mark) {
        boolean passed = new BigDecimal(mark).compareTo(BigDecimal.TEN) >= 0;
        return new CourseGradeRecorded(
                id(),
                time("2027-01-20T17:00:00Z"),
                studentId,
                courseCode,
                new BigDecimal(mark),
                ExamSession.FIRST,
                passed,
                passed ? 3 : 0,
                STAFF);
    }

    public static DissertationSubmitted dissertationSubmitted(String studentId) {
        return new DissertationSubmitted(
                id(),
                time("2027-05-15T12:00:00Z"),
                studentId,
                "Hybrid threats to European critical infrastructure",
                "Prof. Amélie Durand");
    }

    public static DissertationDefended dissertationDefended(String studentId, String mark) {
        boolean passed = new BigDecimal(mark).compareTo(BigDecimal.TEN) >= 0;
        return new DissertationDefended(
                id(), time("2027-06-20T11:00:00Z"), studentId, new BigDecimal(mark), passed, passed ? 10 : 0, STAFF);
    }

    public static DegreeAwarded degreeAwarded(String studentId, Mention mention) {
        return new DegreeAwarded(
                id(), time("2027-06-30T09:00:00Z"), studentId, ISD, YEAR, new BigDecimal("14.20"), mention, 60);
    }

    // placement.events

    public static WorkStudyContractSigned workStudySigned(String studentId) {
        return new WorkStudyContractSigned(
                id(),
                time("2026-10-01T09:00:00Z"),
                studentId,
                "WS-" + studentId,
                "Thales Defence Mission Systems",
                LocalDate.parse("2026-10-01"),
                LocalDate.parse("2027-09-30"));
    }

    public static ExperienceRequirementMet experienceMet(String studentId) {
        return new ExperienceRequirementMet(
                id(), time("2027-06-10T09:00:00Z"), studentId, new BigDecimal("6.00"), new BigDecimal("6.00"));
    }

    // redelivery and time

    /** The event moved to another instant, same id. */
    public static <T extends SpecificRecord> T at(String instant, T event) {
        event.put(event.getSchema().getField("occurredAt").pos(), Instant.parse(instant));
        return event;
    }

    public static String eventIdOf(SpecificRecord event) {
        return (String) event.get(event.getSchema().getField("eventId").pos());
    }

    public static String studentIdOf(SpecificRecord event) {
        return (String) event.get(event.getSchema().getField("studentId").pos());
    }

    public static Instant occurredAtOf(SpecificRecord event) {
        return (Instant) event.get(event.getSchema().getField("occurredAt").pos());
    }

    private static AdmissionDecided decided(String studentId, AdmissionDecision decision, String reason) {
        return new AdmissionDecided(id(), time("2026-05-04T10:00:00Z"), studentId, decision, reason, STAFF);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static Instant time(String instant) {
        return Instant.parse(instant);
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }
}
