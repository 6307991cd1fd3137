package edu.lifecycle.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.schemas.EventCatalog;
import edu.lifecycle.servicekit.testing.WellFormedEvents;
import edu.lifecycle.servicekit.testing.WellFormedEvents.Source;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Any event its schema allows, on any topic admissions' read models read, is folded in or ignored; the only one set
 * aside is an event carrying an instant no store keeps, refused as it is read. (Admissions' command side reads only
 * its commands.)
 */
class WellFormedEventsTest {

    @Test
    void noEventItsSchemaAllowsFailsInAdmissionsReadModels() {
        var events = WellFormedEvents.seeded(
                18, List.of("stu-1", "stu-2", "app-1", "M2-ISD", "2026-2027", "2027-2028", "CC-01"));
        try (var admissions = new ReadModelsDriver()) {
            var topics = admissions.topics();
            events.play(
                    2_000,
                    List.of(
                            new Source(
                                    EventCatalog.ADMISSIONS_EVENTS.recordTypes(),
                                    (key, event) -> admissions.deliver(topics.events(), key, event)),
                            new Source(
                                    EventCatalog.BILLING_EVENTS.recordTypes(),
                                    (key, event) -> admissions.deliver(topics.billingEvents(), key, event)),
                            new Source(
                                    EventCatalog.CURRICULUM_EVENTS.recordTypes(),
                                    (key, event) -> admissions.deliver(topics.curriculumEvents(), key, event)),
                            new Source(
                                    EventCatalog.PLACEMENT_EVENTS.recordTypes(),
                                    (key, event) -> admissions.deliver(topics.placementEvents(), key, event))),
                    () -> {});

            assertThat(admissions.deadLetterReasons())
                    .allMatch(reason -> reason.contains(AvroSerdes.UNSTORABLE_INSTANT), "refused for its time");
        }
    }
}
