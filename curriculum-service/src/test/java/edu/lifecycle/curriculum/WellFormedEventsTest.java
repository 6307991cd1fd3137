package edu.lifecycle.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.schemas.EventCatalog;
import edu.lifecycle.servicekit.testing.WellFormedEvents;
import edu.lifecycle.servicekit.testing.WellFormedEvents.Source;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Any event its schema allows, on any topic curriculum reads, is decided on (accepted or refused by a rule) or
 * ignored; the only one set aside is an event carrying an instant no store keeps, refused as it is read.
 */
class WellFormedEventsTest {

    @Test
    void noEventItsSchemaAllowsFailsInCurriculum() {
        var events = WellFormedEvents.seeded(
                18, List.of("stu-1", "stu-2", Programmes.ISD, Programmes.YEAR, "2027-2028", "CC-01", "ISD-01"));
        try (var curriculum = CurriculumDriver.withReadModels()) {
            events.play(
                    2_000,
                    List.of(
                            new Source(
                                    EventCatalog.ADMISSIONS_EVENTS.recordTypes(), (key, e) -> curriculum.admissions(e)),
                            new Source(
                                    EventCatalog.PLACEMENT_EVENTS.recordTypes(), (key, e) -> curriculum.placement(e)),
                            new Source(EventCatalog.BILLING_EVENTS.recordTypes(), (key, e) -> curriculum.billing(e)),
                            new Source(
                                    EventCatalog.CURRICULUM_EVENTS.recordTypes(),
                                    (key, e) -> curriculum.curriculumEvent(e))),
                    () -> curriculum.timePasses(Duration.ofDays(10)));

            assertThat(curriculum.deadLetterReasons())
                    .allMatch(reason -> reason.contains(AvroSerdes.UNSTORABLE_INSTANT), "refused for its time");
        }
    }
}
