package edu.lifecycle.servicekit.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/** A stored record with one field of each kind the binary form knows. */
record StoredShelf(
        String name,
        int count,
        long total,
        boolean open,
        double ratio,
        Integer boxed,
        BigDecimal price,
        Instant at,
        LocalDate on,
        Colour colour,
        Optional<String> note,
        List<Book> books,
        Set<String> tags,
        Map<String, Integer> counts,
        SortedMap<Colour, BigDecimal> byColour,
        Map<LocalDate, List<String>> byDay,
        Book favourite) {

    enum Colour {
        RED,
        GREEN
    }

    record Book(String title, Optional<LocalDate> due) {}
}
