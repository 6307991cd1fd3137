package edu.lifecycle.admissions.cohort;

import edu.lifecycle.admissions.application.ExamResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the cohort read models keep of one public event about a student: the consumer's own small copy, so that
 * nothing past the edge depends on the Avro classes. Each fact knows how it changes the student's projection.
 */
public sealed interface StudentFact {

    /** The event's id; a fact whose id was already applied is a redelivery and changes nothing. */
    String eventId();

    Instant occurredAt();

    CohortStudent evolve(CohortStudent student);

    record Applied(String eventId, Instant occurredAt, Cohort cohort) implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.inCohort(cohort).movedTo(ApplicationStage.SUBMITTED, occurredAt);
        }
    }

    /** The automatic assessment or an officer's override: the latest verdict holds. */
    record EligibilityRuled(String eventId, Instant occurredAt, boolean eligible) implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.movedTo(eligible ? ApplicationStage.ELIGIBLE : ApplicationStage.INELIGIBLE, occurredAt);
        }
    }

    /** @param exam the written and interview marks and their average, each out of 20 */
    record ExamGraded(String eventId, Instant occurredAt, ExamResult exam) implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.withExam(exam).movedTo(ApplicationStage.GRADED, occurredAt);
        }
    }

    /** @param outcome ADMITTED, WAITLISTED or REJECTED */
    record Decided(String eventId, Instant occurredAt, ApplicationStage outcome) implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.movedTo(outcome, occurredAt);
        }
    }

    record PromotedFromWaitlist(String eventId, Instant occurredAt, Cohort cohort) implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.inCohort(cohort).movedTo(ApplicationStage.ADMITTED, occurredAt);
        }
    }

    record Enrolled(String eventId, Instant occurredAt, Cohort cohort, Registration registration)
            implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.inCohort(cohort).registered(registration).movedTo(ApplicationStage.ENROLLED, occurredAt);
        }
    }

    record Withdrew(String eventId, Instant occurredAt) implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.movedTo(ApplicationStage.WITHDRAWN, occurredAt);
        }
    }

    /** @param depositLineId the schedule's DEPOSIT line, {@code null} if the schedule has none */
    record AccountOpened(String eventId, Instant occurredAt, String depositLineId, BigDecimal deposit)
            implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.withFlags(flags -> flags.withDeposit(flags.deposit().opened(depositLineId, deposit)));
        }
    }

    /** @param replacedLineIds the open lines the cash line replaced, the deposit among them if it was unpaid */
    record CashPlanChosen(String eventId, Instant occurredAt, String cashLineId, List<String> replacedLineIds)
            implements StudentFact {
        public CashPlanChosen {
            replacedLineIds = List.copyOf(replacedLineIds);
        }

        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.withFlags(
                    flags -> flags.withDeposit(flags.deposit().replacedBy(cashLineId, replacedLineIds)));
        }
    }

    /** @param allocations the amount the payment applied to each schedule line */
    record PaymentAllocated(String eventId, Instant occurredAt, Map<String, BigDecimal> allocations)
            implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.withFlags(flags -> flags.withDeposit(flags.deposit().allocated(allocations)));
        }
    }

    record TuitionPaidOff(String eventId, Instant occurredAt) implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.withFlags(LifecycleFlags::settled);
        }
    }

    /** The employer took the tuition over. */
    record WorkStudySigned(String eventId, Instant occurredAt) implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.withFlags(LifecycleFlags::onWorkStudy);
        }
    }

    record ExperienceMet(String eventId, Instant occurredAt) implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.withFlags(LifecycleFlags::experienceMet);
        }
    }

    /** Only a passed defense: a failed one leaves the flag as it was. */
    record DissertationPassed(String eventId, Instant occurredAt) implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.withFlags(LifecycleFlags::defended);
        }
    }

    record DegreeEarned(String eventId, Instant occurredAt, String mention) implements StudentFact {
        @Override
        public CohortStudent evolve(CohortStudent student) {
            return student.withFlags(flags -> flags.awarded(mention));
        }
    }
}
