package edu.lifecycle.admissions.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A programme as its reference data describes it.
 *
 * @param id stable reference-data id, e.g. {@code M2-ISD}
 * @param title name shown to people
 * @param minimumEcts ECTS of prior studies an applicant needs to be eligible
 * @param streams streams the programme offers
 * @param schemes training schemes the programme offers
 * @param capacities the capacity stated for each academic year; a year absent from the map has none stated and
 *     cannot be open (the catalog refuses it), so that "unlimited" is always a written choice
 * @param zone where the programme runs, which decides the calendar date of a registration
 */
public record Programme(
        String id,
        String title,
        int minimumEcts,
        Set<StudyStream> streams,
        Set<TrainingScheme> schemes,
        Map<AcademicYear, Capacity> capacities,
        ZoneId zone) {

    /** The zone of the French programmes the system ships with. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        if (id.isBlank()) {
            throw new IllegalArgumentException("programme id must not be blank");
        }
        if (minimumEcts < 0) {
            throw new IllegalArgumentException("minimum ECTS must not be negative: " + minimumEcts);
        }
        if (streams.isEmpty() || schemes.isEmpty()) {
            throw new IllegalArgumentException("programme " + id + " must offer at least one stream and one scheme");
        }
        capacities.forEach((year, capacity) -> {
            if (capacity == null) {
                throw new IllegalArgumentException("capacity of " + id + " in " + year + " must be stated");
            }
        });
        streams = Set.copyOf(EnumSet.copyOf(streams));
        schemes = Set.copyOf(EnumSet.copyOf(schemes));
        capacities = Map.copyOf(capacities);
    }

    /** A programme in the default zone. */
    public Programme(
            String id,
            String title,
            int minimumEcts,
            Set<StudyStream> streams,
            Set<TrainingScheme> schemes,
            Map<AcademicYear, Capacity> capacities) {
        this(id, title, minimumEcts, streams, schemes, capacities, DEFAULT_ZONE);
    }

    public boolean offers(StudyStream stream) {
        return streams.contains(stream);
    }

    public boolean offers(TrainingScheme scheme) {
        return schemes.contains(scheme);
    }

    /** The capacity stated for the year; empty when none is (the year cannot be open for this programme). */
    public Optional<Capacity> capacityFor(AcademicYear year) {
        return Optional.ofNullable(capacities.get(year));
    }

    /** The date a registration made at {@code instant} carries: the local date where the programme runs. */
    public LocalDate localDateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
