package edu.lifecycle.servicekit.query;

import org.apache.kafka.streams.state.HostInfo;

/** Which instance holds a key's active store partition. */
public sealed interface KeyOwner {

    /** This instance: read the local store. */
    record Local() implements KeyOwner {}

    /** Another instance, reached at {@code host}. */
    record Remote(HostInfo host) implements KeyOwner {}
}
