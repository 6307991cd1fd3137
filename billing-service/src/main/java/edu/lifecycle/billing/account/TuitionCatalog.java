package edu.lifecycle.billing.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tuition terms of every programme billed, and the zone whose calendar says what day it is. */
public record TuitionCatalog(Map<String, TuitionTerms> programmes, ZoneId zone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    public TuitionCatalog {
        programmes = Map.copyOf(programmes);
        zone = zone == null ? DEFAULT_ZONE : zone;
    }

    public static TuitionCatalog of(Collection<TuitionTerms> terms, ZoneId zone) {
        return new TuitionCatalog(
                terms.stream().collect(Collectors.toMap(TuitionTerms::programme, Function.identity())), zone);
    }

    public Optional<TuitionTerms> terms(String programme) {
        return Optional.ofNullable(programmes.get(programme));
    }

    public boolean bills(String programme) {
        return programmes.containsKey(programme);
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), zone);
    }

    /** Each programme, in name order, with the years of {@code years} whose instalment dates it cannot tell. */
    public Map<String, List<String>> yearsWithoutInstalmentDates(Collection<String> years) {
        var missing = new TreeMap<String, List<String>>();
        programmes.forEach((programme, terms) -> {
            var lacking = new ArrayList<String>();
            for (var year : years) {
                if (terms.instalmentDatesOf(year).isEmpty()) {
                    lacking.add(year);
                }
            }
            if (!lacking.isEmpty()) {
                missing.put(programme, List.copyOf(lacking));
            }
        });
        return missing;
    }
}
