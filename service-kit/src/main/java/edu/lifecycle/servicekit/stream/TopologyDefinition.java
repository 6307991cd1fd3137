package edu.lifecycle.servicekit.stream;

import org.apache.kafka.streams.StreamsBuilder;

/**
 * A service's part of its topology, as a plain function of a {@link StreamsBuilder} so a {@code TopologyTestDriver}
 * test needs no Spring. A service declares one bean per feature; the kit applies them all, in {@code @Order}, to one
 * builder.
 */
@FunctionalInterface
public interface TopologyDefinition {

    void define(StreamsBuilder builder);
}
