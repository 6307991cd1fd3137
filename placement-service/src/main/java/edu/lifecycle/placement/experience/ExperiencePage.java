package edu.lifecycle.placement.experience;

import java.math.BigDecimal;
import java.util.List;

/**
 * A programme year's experience against its requirement: the counts over the whole year and one page of its
 * students, those furthest from the requirement first.
 *
 * @param requiredMonths the programme's requirement in its reference data (each student is held to the one their
 *     record opened with, shown on their line)
 */
public record ExperiencePage(
        String programme,
        String academicYear,
        BigDecimal requiredMonths,
        int met,
        int notMet,
        int page,
        int size,
        boolean hasNext,
        List<ExperienceStanding> items) {

    public ExperiencePage {
        items = List.copyOf(items);
    }
}
