package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.topic.Topic;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * Wires policies: events of another service, translated into this service's commands and written to its commands
 * topic, so they are de-duplicated and ordered like every other command.
 */
public final class Policies {

    private Policies() {}

    /**
     * Reads {@code source} and translates it; returns the event stream for projections reading the same topic (a
     * topic can be read only once per topology).
     *
     * @param name a short stable name of the policy; it names the processor and prefixes the command ids
     */
    public static <V> KStream<String, V> translate(
            StreamsBuilder builder,
            Topic<String, V> source,
            String name,
            PolicyTranslator<V> translator,
            Topic<String, CommandEnvelope> commands) {
        KStream<String, V> events =
                builder.stream(source.name(), source.consumed().withName(name + "-events"));
        translate(events, name, translator, commands);
        return events;
    }

    /** Translates an event stream the service already reads. */
    public static <V> void translate(
            KStream<String, V> events,
            String name,
            PolicyTranslator<V> translator,
            Topic<String, CommandEnvelope> commands) {
        events.process(() -> new PolicyProcessor<>(name, translator), Named.as(name + "-translate"))
                .to(commands.name(), commands.produced().withName(name + "-to-commands"));
    }
}
