package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.topic.Topic;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * Wires policies: events of another service, translated into commands of this service's aggregate and decided in the
 * task that reads the event. One transaction takes the event to this service's own event, instead of one to write a
 * command and another to decide it. The command is de-duplicated by an id derived from the event's, and its outcome
 * kept, exactly as a client's command.
 *
 * <p>The aggregate's state is in the task of the student's partition: the event's topic and the commands topic share
 * the partition count and the key (the student id), so the event is in the same partition number as the student's
 * commands. A command for another aggregate key than the event's own key could be in another task: it goes to the
 * commands topic, as every command did before, and is decided there.
 */
public final class Policies {

    private Policies() {}

    /**
     * Reads {@code source} and has {@code aggregate} decide what it translates to; returns the event stream for
     * projections reading the same topic (a topic can be read only once per topology).
     *
     * @param name a short stable name of the policy; it names the processors and prefixes the command ids
     */
    public static <V> KStream<String, V> decide(
            StreamsBuilder builder,
            Topic<String, V> source,
            String name,
            PolicyTranslator<V> translator,
            AttachedAggregate aggregate) {
        KStream<String, V> events =
                builder.stream(source.name(), source.consumed().withName(name + "-events"));
        decide(events, name, translator, aggregate);
        return events;
    }

    /** Translates an event stream the service already reads, and has {@code aggregate} decide. */
    public static <V> void decide(
            KStream<String, V> events, String name, PolicyTranslator<V> translator, AttachedAggregate aggregate) {
        var nodes = aggregate.nodes().forPolicy(name);
        Topic<String, CommandEnvelope> commands = aggregate.topics().commands();
        String toCommands = name + "-to-commands";
        KStream<String, CommandEnvelope> translated = events.process(
                () -> new PolicyProcessor<>(name, translator, nodes.processor(), toCommands),
                Named.as(name + "-translate"));
        translated.to(commands.name(), commands.produced().withName(toCommands));
        Aggregates.decideInPlace(translated, aggregate, nodes);
    }
}
