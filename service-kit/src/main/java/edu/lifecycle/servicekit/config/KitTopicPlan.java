package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.stream.DeadLetterReplay;
import edu.lifecycle.servicekit.stream.DeadLetters;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.topic.Topic;
import edu.lifecycle.servicekit.topic.TopicCatalogue;
import edu.lifecycle.servicekit.topic.TopicLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.Topology;

/**
 * The topics a service needs on the broker: its catalogue, its command topics, and for each of its consumers (Streams
 * applications) one dead-letter topic and a replay topic for every topic it reads, both expiring after the
 * dead-letter retention.
 */
final class KitTopicPlan {

    private KitTopicPlan() {}

    static List<NewTopic> of(
            List<TopicCatalogue> catalogues,
            CommandTopics commandTopics,
            Map<String, Topology> topologiesByApplicationId,
            TopicLayout layout,
            Duration deadLetterRetention) {
        Map<String, NewTopic> topics = new LinkedHashMap<>();
        List<Topic<?, ?>> declared = new ArrayList<>(commandTopics.all());
        catalogues.forEach(catalogue -> declared.addAll(catalogue.topics()));
        declared.forEach(topic -> topics.putIfAbsent(topic.name(), layout.newTopic(topic.name(), topic.cleanup())));
        topologiesByApplicationId.forEach((applicationId, topology) -> {
            String deadLetters = DeadLetters.topicFor(applicationId);
            topics.putIfAbsent(deadLetters, layout.expiringTopic(deadLetters, deadLetterRetention));
            Set<String> sources = ServiceTopology.sourceTopics(topology);
            for (String source : sources) {
                // Only streams read a replay topic beside their source (tables do not; see ReplayingStreamsBuilder).
                String replays = DeadLetterReplay.topicFor(applicationId, source);
                if (sources.contains(replays)) {
                    topics.putIfAbsent(replays, layout.expiringTopic(replays, deadLetterRetention));
                }
            }
        });
        return List.copyOf(topics.values());
    }
}
