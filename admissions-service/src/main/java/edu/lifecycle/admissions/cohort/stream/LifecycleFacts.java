package edu.lifecycle.admissions.cohort.stream;

import edu.lifecycle.admissions.cohort.StudentFact;
import edu.lifecycle.events.billing.CashPlanChosen;
import edu.lifecycle.events.billing.PaymentAllocation;
import edu.lifecycle.events.billing.PaymentReceived;
import edu.lifecycle.events.billing.ScheduleLine;
import edu.lifecycle.events.billing.ScheduleLineKind;
import edu.lifecycle.events.billing.TuitionAccountOpened;
import edu.lifecycle.events.billing.TuitionSettled;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.DissertationDefended;
import edu.lifecycle.events.placement.ExperienceRequirementMet;
import edu.lifecycle.events.placement.WorkStudyContractSigned;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The billing, curriculum and placement events the roster shows, as cohort facts. The rest of those topics (course
 * grades, instalments, …) say nothing the roster shows and are not kept.
 */
final class LifecycleFacts {

    private LifecycleFacts() {}

    static Optional<StudentFact> from(Object event) {
        if (event instanceof TuitionAccountOpened e) {
            Optional<ScheduleLine> deposit = e.getSchedule().stream()
                    .filter(line -> line.getKind() == ScheduleLineKind.DEPOSIT)
                    .findFirst();
            return fact(new StudentFact.AccountOpened(
                    e.getEventId(),
                    e.getOccurredAt(),
                    deposit.map(ScheduleLine::getLineId).orElse(null),
                    deposit.map(ScheduleLine::getAmount).orElse(null)));
        }
        if (event instanceof CashPlanChosen e) {
            return fact(new StudentFact.CashPlanChosen(
                    e.getEventId(), e.getOccurredAt(), e.getCashLineId(), e.getReplacedLineIds()));
        }
        if (event instanceof PaymentReceived e) {
            Map<String, BigDecimal> allocations = new TreeMap<>();
            for (PaymentAllocation allocation : e.getAllocations()) {
                allocations.merge(allocation.getLineId(), allocation.getAmount(), BigDecimal::add);
            }
            return fact(new StudentFact.PaymentAllocated(e.getEventId(), e.getOccurredAt(), allocations));
        }
        if (event instanceof TuitionSettled e) {
            return fact(new StudentFact.TuitionPaidOff(e.getEventId(), e.getOccurredAt()));
        }
        if (event instanceof WorkStudyContractSigned e) {
            return fact(new StudentFact.WorkStudySigned(e.getEventId(), e.getOccurredAt()));
        }
        if (event instanceof ExperienceRequirementMet e) {
            return fact(new StudentFact.ExperienceMet(e.getEventId(), e.getOccurredAt()));
        }
        if (event instanceof DissertationDefended e && e.getPassed()) {
            return fact(new StudentFact.DissertationPassed(e.getEventId(), e.getOccurredAt()));
        }
        if (event instanceof DegreeAwarded e) {
            return fact(new StudentFact.DegreeEarned(
                    e.getEventId(), e.getOccurredAt(), e.getMention().name()));
        }
        return Optional.empty();
    }

    private static Optional<StudentFact> fact(StudentFact fact) {
        return Optional.of(fact);
    }
}
