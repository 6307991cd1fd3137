package edu.lifecycle.admissions.programme;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The programmes the system knows, by id, and the academic years the school has opened: admissions applies, admits
 * and enrolls only for an open year, and every programme states a capacity for each of them.
 */
public final class ProgrammeCatalog {

    private final Map<String, Programme> byId;
    private final SortedSet<AcademicYear> openYears;

    private ProgrammeCatalog(Map<String, Programme> byId, SortedSet<AcademicYear> openYears) {
        this.byId = byId;
        this.openYears = openYears;
    }

    /**
     * @throws IllegalArgumentException if a programme is defined twice, no year is open, or a programme states no
     *     capacity for an open year
     */
    public static ProgrammeCatalog of(Collection<AcademicYear> openYears, Collection<Programme> programmes) {
        if (openYears.isEmpty()) {
            throw new IllegalArgumentException("at least one academic year must be open");
        }
        var open = new TreeSet<>(openYears);
        var byId = new LinkedHashMap<String, Programme>();
        for (Programme programme : programmes) {
            if (byId.putIfAbsent(programme.id(), programme) != null) {
                throw new IllegalArgumentException("programme " + programme.id() + " is defined twice");
            }
            for (AcademicYear year : open) {
                if (programme.capacityFor(year).isEmpty()) {
                    throw new IllegalArgumentException(
                            "programme " + programme.id() + " states no capacity for the open academic year " + year);
                }
            }
        }
        return new ProgrammeCatalog(byId, open);
    }

    public Optional<Programme> find(String programmeId) {
        return Optional.ofNullable(programmeId).map(byId::get);
    }

    /** All programmes, in the order configuration listed them. */
    public List<Programme> all() {
        return List.copyOf(byId.values());
    }

    /** Whether the school has opened {@code year}: the only years one may apply for, be admitted to or enroll in. */
    public boolean isOpen(AcademicYear year) {
        return openYears.contains(year);
    }

    /** The open years in calendar order. */
    public List<AcademicYear> openYears() {
        return List.copyOf(openYears);
    }

    /** {@code 2026-2027, 2027-2028}: for messages that tell a person which years they may choose. */
    public String openYearsText() {
        return String.join(", ", openYears.stream().map(AcademicYear::toString).toList());
    }
}
