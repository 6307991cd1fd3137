package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.stream.DeadLetters;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.topic.Topic;
import edu.lifecycle.servicekit.topic.TopicCatalogue;
import edu.lifecycle.servicekit.topic.TopicLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.Topology;

/**
 * The topics a service needs on the broker: its catalogue, its command topics, and a dead-letter topic for every
 * topic its topologies read.
 */
final class KitTopicPlan {

    private KitTopicPlan() {}

    static List<NewTopic> of(
            List<TopicCatalogue> catalogues,
            CommandTopics commandTopics,
            List<Topology> topologies,
            TopicLayout layout) {
        Map<String, NewTopic> topics = new LinkedHashMap<>();
        List<Topic<?, ?>> declared = new ArrayList<>(commandTopics.all());
        catalogues.forEach(catalogue -> declared.addAll(catalogue.topics()));
        declared.forEach(topic -> topics.putIfAbsent(topic.name(), layout.newTopic(topic.name(), topic.cleanup())));
        for (String source : topologies.stream()
                .flatMap(topology -> ServiceTopology.sourceTopics(topology).stream())
                .toList()) {
            if (!isStreamsInternal(source)) {
                String deadLetters = DeadLetters.topicFor(source);
                topics.putIfAbsent(deadLetters, layout.newTopic(deadLetters, Topic.Cleanup.KEEP));
            }
        }
        return List.copyOf(topics.values());
    }

    private static boolean isStreamsInternal(String topic) {
        return topic.endsWith("-repartition") || topic.endsWith("-changelog");
    }
}
