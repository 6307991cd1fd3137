package edu.lifecycle.admissions.cohort;

/**
 * What billing, curriculum and placement said about a student, kept whether or not admissions has been read yet:
 * the other topics may be ahead of admissions.events.
 *
 * @param degreeMention the mention of the degree, {@code null} until it is awarded
 */
public record LifecycleFlags(
        TuitionDeposit deposit,
        boolean tuitionSettled,
        boolean workStudy,
        boolean experienceRequirementMet,
        boolean dissertationDefended,
        String degreeMention) {

    public LifecycleFlags {
        deposit = deposit == null ? TuitionDeposit.unknown() : deposit;
    }

    public static LifecycleFlags none() {
        return new LifecycleFlags(TuitionDeposit.unknown(), false, false, false, false, null);
    }

    public LifecycleFlags withDeposit(TuitionDeposit changed) {
        return new LifecycleFlags(
                changed, tuitionSettled, workStudy, experienceRequirementMet, dissertationDefended, degreeMention);
    }

    public LifecycleFlags settled() {
        return new LifecycleFlags(
                deposit, true, workStudy, experienceRequirementMet, dissertationDefended, degreeMention);
    }

    public LifecycleFlags onWorkStudy() {
        return new LifecycleFlags(
                deposit, tuitionSettled, true, experienceRequirementMet, dissertationDefended, degreeMention);
    }

    public LifecycleFlags experienceMet() {
        return new LifecycleFlags(deposit, tuitionSettled, workStudy, true, dissertationDefended, degreeMention);
    }

    public LifecycleFlags defended() {
        return new LifecycleFlags(deposit, tuitionSettled, workStudy, experienceRequirementMet, true, degreeMention);
    }

    public LifecycleFlags awarded(String mention) {
        return new LifecycleFlags(
                deposit, tuitionSettled, workStudy, experienceRequirementMet, dissertationDefended, mention);
    }
}
