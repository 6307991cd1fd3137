package edu.lifecycle.servicekit.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicLayoutTest {

    private final TopicLayout layout = new TopicLayout(3, (short) 1);

    @Test
    void aLogOfFactsIsKeptForEverSoReadModelsCanBeRebuiltFromIt() {
        assertThat(layout.newTopic("admissions.events", Topic.Cleanup.KEEP).configs())
                .isEqualTo(Map.of("cleanup.policy", "delete", "retention.ms", "-1"));
    }

    @Test
    void commandsExpireWithTheBrokersRetention() {
        assertThat(layout.newTopic("admissions.commands", Topic.Cleanup.EXPIRE).configs())
                .isEqualTo(Map.of("cleanup.policy", "delete"));
    }

    @Test
    void tablesAreCompacted() {
        var topic = layout.newTopic("admissions.student-profiles", Topic.Cleanup.COMPACT);

        assertThat(topic.configs()).isEqualTo(Map.of("cleanup.policy", "compact"));
        assertThat(topic.numPartitions()).isEqualTo(3);
    }
}
