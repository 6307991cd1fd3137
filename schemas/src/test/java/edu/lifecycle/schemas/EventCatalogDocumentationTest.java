package edu.lifecycle.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.schemas.AvroSourceTree.SourceRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps docs/events.md, the subscribers' catalogue, true to the schema sources. */
class EventCatalogDocumentationTest {

    private static final Path EVENTS_PAGE = Path.of("../docs/events.md");

    @Test
    void documentsEveryTopicAndEventTypeOfTheSchemas() throws IOException {
        Set<String> documented = entries(EventsPage.parse(Files.readAllLines(EVENTS_PAGE)));

        assertThat(absentFrom(documented, entries(eventTypesByTopicInSources())))
                .as("topics and event types with a schema but missing from %s", EVENTS_PAGE)
                .isEmpty();
    }

    @Test
    void namesNoTopicOrEventTypeWithoutASchema() throws IOException {
        Set<String> withSchema = entries(eventTypesByTopicInSources());

        assertThat(absentFrom(withSchema, entries(EventsPage.parse(Files.readAllLines(EVENTS_PAGE)))))
                .as("topics and event types named in %s that have no schema", EVENTS_PAGE)
                .isEmpty();
    }

    @Test
    void readsTheEventTypesOfEachTopicSectionOnly() {
        List<String> page = List.of(
                "## Topics",
                "| topic | producer |",
                "|---|---|",
                "| `billing.events` | billing-service |",
                "## `billing.events`",
                "| | |",
                "|---|---|",
                "| key | `studentId` |",
                "",
                "| event type | meaning | producer | consumers |",
                "|---|---|---|---|",
                "| `TuitionSettled` | nothing is owed | billing-service | curriculum-service |",
                "| `PaymentReceived` | a payment | billing-service | admissions-service |",
                "",
                "Text after the table naming `InstalmentOverdue`.",
                "## Changing a schema",
                "| event type | meaning |",
                "| `NotATopicEvent` | ignored |");

        assertThat(EventsPage.parse(page))
                .isEqualTo(Map.of("billing.events", Set.of("TuitionSettled", "PaymentReceived")));
    }

    /** Each topic on its own, and each event type under its topic, e.g. {@code billing.events TuitionSettled}. */
    private static Set<String> entries(Map<String, Set<String>> eventTypesByTopic) {
        Set<String> entries = new TreeSet<>(eventTypesByTopic.keySet());
        eventTypesByTopic.forEach((topic, eventTypes) -> eventTypes.forEach(type -> entries.add(topic + " " + type)));
        return entries;
    }

    private static Set<String> absentFrom(Set<String> reference, Set<String> entries) {
        Set<String> absent = new TreeSet<>(entries);
        absent.removeAll(reference);
        return absent;
    }

    private static Map<String, Set<String>> eventTypesByTopicInSources() {
        return AvroSourceTree.records(AvroSourceTree.SOURCES).stream()
                .collect(Collectors.groupingBy(
                        SourceRecord::topic,
                        TreeMap::new,
                        Collectors.mapping(
                                source -> source.schema().getName(), Collectors.toCollection(TreeSet::new))));
    }

    /**
     * The page's structure: a {@code ## `topic`} heading per topic, under it a table whose header starts with
     * {@code | event type |} and whose rows start with the record name in backticks.
     */
    private static final class EventsPage {

        private static final Pattern TOPIC_HEADING = Pattern.compile("^## `([^`]+)`\\s*$");
        private static final Pattern EVENT_TABLE_HEADER = Pattern.compile("^\\|\\s*event type\\s*\\|.*");
        private static final Pattern EVENT_ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|.*");

        static Map<String, Set<String>> parse(List<String> lines) {
            Map<String, Set<String>> eventTypesByTopic = new TreeMap<>();
            String topic = null;
            boolean inEventTable = false;
            for (String line : lines) {
                Matcher heading = TOPIC_HEADING.matcher(line);
                if (line.startsWith("#")) {
                    topic = heading.matches() ? heading.group(1) : null;
                    inEventTable = false;
                    if (topic != null) {
                        eventTypesByTopic.put(topic, new TreeSet<>());
                    }
                } else if (topic != null && EVENT_TABLE_HEADER.matcher(line).matches()) {
                    inEventTable = true;
                } else if (!line.startsWith("|")) {
                    inEventTable = false;
                } else if (inEventTable) {
                    Matcher row = EVENT_ROW.matcher(line);
                    if (row.matches()) {
                        eventTypesByTopic.get(topic).add(row.group(1));
                    }
                }
            }
            return eventTypesByTopic;
        }
    }
}
