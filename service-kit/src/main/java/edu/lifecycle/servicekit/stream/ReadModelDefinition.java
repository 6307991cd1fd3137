package edu.lifecycle.servicekit.stream;

/**
 * A part of the topology that only projects events into stores for queries, never deciding or sending a command
 * (a scan that sends commands runs on the command side, beside its aggregate). The kit runs all of a service's read models as a second Streams
 * application ({@code <application.id>-read-models}), so that commands never queue behind projections on one
 * stream thread, and so that the read models can be rebuilt by resetting that application alone.
 */
public interface ReadModelDefinition extends TopologyDefinition {}
