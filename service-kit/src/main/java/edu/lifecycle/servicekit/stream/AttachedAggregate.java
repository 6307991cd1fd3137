package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandTopics;

/**
 * An aggregate wired into a topology by {@link Aggregates#attach(org.apache.kafka.streams.StreamsBuilder,
 * CommandTopics, AggregateSpec)}: what {@link Policies#decide} needs to have the aggregate decide a policy's command in
 * the task that reads the event.
 */
public final class AttachedAggregate {

    private final AggregateSpec<?, ?, ?> spec;
    private final AggregateNodes nodes;
    private final CommandTopics topics;

    AttachedAggregate(AggregateSpec<?, ?, ?> spec, AggregateNodes nodes, CommandTopics topics) {
        this.spec = spec;
        this.nodes = nodes;
        this.topics = topics;
    }

    AggregateSpec<?, ?, ?> spec() {
        return spec;
    }

    AggregateNodes nodes() {
        return nodes;
    }

    CommandTopics topics() {
        return topics;
    }
}
