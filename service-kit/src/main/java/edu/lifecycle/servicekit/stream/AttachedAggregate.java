package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandTopics;

/**
 * An aggregate wired into a topology by {@link Aggregates#attach(org.apache.kafka.streams.StreamsBuilder,
 * CommandTopics, Aggregate)}: what {@link Policies#decide} needs to have the aggregate decide a policy's command in
 * the task that reads the event.
 */
public final class AttachedAggregate {

    private final Aggregate<?, ?, ?> aggregate;
    private final AggregateNodes nodes;
    private final CommandTopics topics;

    AttachedAggregate(Aggregate<?, ?, ?> aggregate, AggregateNodes nodes, CommandTopics topics) {
        this.aggregate = aggregate;
        this.nodes = nodes;
        this.topics = topics;
    }

    Aggregate<?, ?, ?> aggregate() {
        return aggregate;
    }

    AggregateNodes nodes() {
        return nodes;
    }

    CommandTopics topics() {
        return topics;
    }
}
