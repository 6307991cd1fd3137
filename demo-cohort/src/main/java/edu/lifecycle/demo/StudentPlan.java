package edu.lifecycle.demo;

import java.math.BigDecimal;

/**
 * How one applicant's year will go. Everything is decided up front from the seed, so the same seed and size always
 * play the same cohort; what the services decide (capacity, promotions, degrees) follows from it.
 *
 * @param priorEcts below the programme's 240, the applicant is ineligible
 * @param overrideEligibility an officer lets this ineligible applicant in, with a reason
 * @param ability the applicant's level out of 20; exam and course marks scatter around it
 * @param rejectedByJury the jury rejects the applicant whatever the capacity
 * @param withdrawsBeforeEnrollment admitted, then gives up the seat in the summer
 * @param withdrawsMidYear enrolled, then leaves in January
 * @param cashPlan pays the whole discounted tuition at once instead of instalments
 * @param paysLate pays each instalment three weeks after it falls due (it becomes overdue first)
 * @param stopsPaying never pays the last two instalments, so never settles
 * @param switchesToWorkStudy an initial-training student who signs a work-study contract in December
 * @param shortInternship a four-month internship only, so the experience requirement is never met
 * @param failsFirstDefense fails the first defense, passes the rescheduled one
 */
public record StudentPlan(
        String studentId,
        String fullName,
        String email,
        int priorEcts,
        boolean overrideEligibility,
        BigDecimal ability,
        boolean rejectedByJury,
        String stream,
        String scheme,
        boolean withdrawsBeforeEnrollment,
        boolean withdrawsMidYear,
        boolean cashPlan,
        boolean paysLate,
        boolean stopsPaying,
        boolean switchesToWorkStudy,
        boolean shortInternship,
        boolean failsFirstDefense,
        String outcomeSector,
        int monthsToFirstJob) {

    public boolean apprentice() {
        return "APPRENTICESHIP".equals(scheme);
    }

    public boolean eligible() {
        return priorEcts >= 240 || overrideEligibility;
    }
}
