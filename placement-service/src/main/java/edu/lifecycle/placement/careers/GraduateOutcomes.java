package edu.lifecycle.placement.careers;

import edu.lifecycle.placement.cohort.Shares;
import edu.lifecycle.placement.placement.Sector;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a programme year's graduates went.
 *
 * @param graduates students awarded the degree
 * @param outcomesRecorded graduates whose first position is recorded
 * @param bySector first positions per sector; every sector is listed
 * @param placedWithinSixMonths graduates who took up their first position at most six months after the degree
 * @param placementRateWithinSixMonths those out of all graduates, in percent
 */
public record GraduateOutcomes(
        String programme,
        String academicYear,
        int graduates,
        int outcomesRecorded,
        Map<Sector, Integer> bySector,
        int placedWithinSixMonths,
        BigDecimal placementRateWithinSixMonths) {

    /** The window of the placement rate, as the careers description reports it. */
    public static final int PLACEMENT_WINDOW_MONTHS = 6;

    public GraduateOutcomes {
        var all = new EnumMap<Sector, Integer>(Sector.class);
        for (Sector sector : Sector.values()) {
            all.put(sector, bySector == null ? 0 : bySector.getOrDefault(sector, 0));
        }
        bySector = all;
    }

    public static GraduateOutcomes none(String programme, String academicYear) {
        return new GraduateOutcomes(programme, academicYear, 0, 0, Map.of(), 0, Shares.percent(0, 0));
    }

    public static boolean placedWithinWindow(int monthsAfterGraduation) {
        return monthsAfterGraduation <= PLACEMENT_WINDOW_MONTHS;
    }

    /** With {@code graduates} more graduates and {@code outcome} counted {@code times} (−1 to take it back). */
    public GraduateOutcomes plus(int graduates, Sector sector, int monthsAfterGraduation, int times) {
        var sectors = new EnumMap<>(bySector);
        int outcomes = outcomesRecorded;
        int placed = placedWithinSixMonths;
        if (sector != null) {
            sectors.merge(sector, times, Integer::sum);
            outcomes += times;
            placed += placedWithinWindow(monthsAfterGraduation) ? times : 0;
        }
        int allGraduates = this.graduates + graduates;
        return new GraduateOutcomes(
                programme, academicYear, allGraduates, outcomes, sectors, placed, Shares.percent(placed, allGraduates));
    }
}
