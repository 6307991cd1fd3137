package edu.lifecycle.placement.placement;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The programmes placement knows, by id. */
public final class ProgrammeCatalog {

    private final Map<String, Programme> byId;

    private ProgrammeCatalog(Map<String, Programme> byId) {
        this.byId = byId;
    }

    public static ProgrammeCatalog of(Collection<Programme> programmes) {
        var byId = new LinkedHashMap<String, Programme>();
        for (Programme programme : programmes) {
            if (byId.putIfAbsent(programme.id(), programme) != null) {
                throw new IllegalArgumentException("programme " + programme.id() + " is defined twice");
            }
        }
        return new ProgrammeCatalog(byId);
    }

    public static ProgrammeCatalog of(Programme... programmes) {
        return of(List.of(programmes));
    }

    public Optional<Programme> find(String programmeId) {
        return Optional.ofNullable(programmeId).map(byId::get);
    }
}
