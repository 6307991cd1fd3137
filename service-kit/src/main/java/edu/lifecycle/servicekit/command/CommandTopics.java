package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.topic.Topic;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A service's internal command topics: {@code <service>.commands} (keyed by aggregate),
 * {@code <service>.command-outcomes} (keyed by command id) and {@code <service>.policy-rejections} (other services'
 * events this service refused, kept as an operator's record). Internal, hence JSON: they are no public contract.
 */
public record CommandTopics(
        Topic<String, CommandEnvelope> commands,
        Topic<String, CommandOutcome> outcomes,
        Topic<String, PolicyRejection> policyRejections) {

    public static CommandTopics forService(TopicNames names, String service) {
        return new CommandTopics(
                commandsTopic(names.of(service + ".commands")),
                Topic.compacted(
                        names.of(service + ".command-outcomes"), Serdes.String(), JsonSerde.of(CommandOutcome.class)),
                Topic.log(
                        names.of(service + ".policy-rejections"),
                        Serdes.String(),
                        JsonSerde.of(PolicyRejection.class)));
    }

    /** Another commands topic, e.g. one feeding an aggregate keyed by something other than the student. */
    public static Topic<String, CommandEnvelope> commandsTopic(String name) {
        return Topic.expiring(name, Serdes.String(), JsonSerde.of(CommandEnvelope.class));
    }

    public List<Topic<?, ?>> all() {
        return List.of(commands, outcomes, policyRejections);
    }
}
