package edu.lifecycle.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.schemas.AvroSourceTree.SourceRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    private final List<SourceRecord> sources = AvroSourceTree.records(AvroSourceTree.SOURCES);

    @Test
    void listsATopicForEveryTopicDirectoryOfTheSchemaSources() {
        Set<String> sourceTopics = sources.stream().map(SourceRecord::topic).collect(Collectors.toSet());

        assertThat(EventCatalog.topics())
                .extracting(PublicTopic::name)
                .containsExactlyInAnyOrderElementsOf(sourceTopics);
    }

    @Test
    void listsUnderEachTopicTheRecordsOfItsDirectory() {
        Map<String, Set<String>> sourceRecordsByTopic = sources.stream()
                .collect(Collectors.groupingBy(
                        SourceRecord::topic,
                        Collectors.mapping(source -> source.schema().getFullName(), Collectors.toSet())));

        for (PublicTopic topic : EventCatalog.topics()) {
            assertThat(topic.subjects())
                    .as("record types of %s", topic.name())
                    .extracting(subject -> subject.schema().getFullName())
                    .containsExactlyInAnyOrderElementsOf(sourceRecordsByTopic.get(topic.name()));
        }
    }

    @Test
    void namesEverySourceFileAfterTheRecordItDeclares() {
        assertThat(sources)
                .allSatisfy(source -> assertThat(source.file().getFileName().toString())
                        .isEqualTo(source.schema().getName() + ".avsc"));
    }

    @Test
    void namesEachSubjectAfterItsTopicAndRecordFullName() {
        Subject enrolled = new Subject(EventCatalog.ADMISSIONS_EVENTS.name(), StudentEnrolled.class);

        assertThat(enrolled.name()).isEqualTo("admissions.events-edu.lifecycle.events.admissions.StudentEnrolled");
    }

    @Test
    void givesEveryRecordTypeASubjectOfItsOwn() {
        assertThat(EventCatalog.subjects()).extracting(Subject::name).doesNotHaveDuplicates();
    }

    @Test
    void keepsOnlyTheProfileTopicCompacted() {
        assertThat(EventCatalog.topics())
                .filteredOn(PublicTopic::compacted)
                .containsExactly(EventCatalog.STUDENT_PROFILES);
    }

    @Test
    void findsATopicByItsName() {
        assertThat(EventCatalog.topic("billing.events")).contains(EventCatalog.BILLING_EVENTS);
        assertThat(EventCatalog.topic("billing.commands")).isEmpty();
    }
}
