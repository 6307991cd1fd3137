package edu.lifecycle.placement;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.placement.Programmes;
import edu.lifecycle.schemas.EventCatalog;
import edu.lifecycle.servicekit.testing.WellFormedEvents;
import edu.lifecycle.servicekit.testing.WellFormedEvents.Source;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Any event its schema allows, on any topic placement reads, is decided on (accepted or refused by a rule) or
 * ignored; the only one set aside is an event carrying an instant no store keeps, refused as it is read.
 */
class WellFormedEventsTest {

    @Test
    void noEventItsSchemaAllowsFailsInPlacement() {
        var events = WellFormedEvents.seeded(
                18, List.of("stu-1", "stu-2", "M2-ISD", "M2-ISI", "2026-2027", "2027-2028", "agreement-1"));
        try (var placement = new PlacementDriver(Programmes.catalog())) {
            events.play(
                    2_000,
                    List.of(
                            new Source(EventCatalog.ADMISSIONS_EVENTS.recordTypes(), placement::admissions),
                            new Source(EventCatalog.CURRICULUM_EVENTS.recordTypes(), placement::curriculum),
                            new Source(EventCatalog.PLACEMENT_EVENTS.recordTypes(), placement::placementEvent)),
                    () -> placement.timePasses(Duration.ofDays(10)));

            assertThat(placement.deadLetterReasons())
                    .allMatch(reason -> reason.contains(AvroSerdes.UNSTORABLE_INSTANT), "refused for its time");
        }
    }
}
