package edu.lifecycle.placement.experience;

/**
 * How many students of a programme year have met the experience requirement, and how many not yet.
 *
 * @param met enrolled, not withdrawn, validated months reaching the requirement
 * @param notMet enrolled, not withdrawn, still short of it
 */
public record ExperienceCounts(int met, int notMet) {

    public static final ExperienceCounts NONE = new ExperienceCounts(0, 0);

    public ExperienceCounts plus(int met, int notMet) {
        return new ExperienceCounts(this.met + met, this.notMet + notMet);
    }
}
