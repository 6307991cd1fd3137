package edu.lifecycle.servicekit.stream;

import org.apache.kafka.common.header.Headers;

/**
 * How a dead letter goes back to the consumer that set it aside, once the defect is fixed. The record is written, as
 * it was read, to {@code <application id>-replay-<source topic>}, which the consumer reads with its source topic (the
 * kit's {@link ReplayingStreamsBuilder}), so only that consumer sees it again; the header {@link #REPLAY_OF} names
 * the dead letter. Applying it once is the consumer's de-duplication: a command by its id (the processed-commands
 * store), an event by the command id a policy derives from its event id, a projection by being idempotent.
 */
public final class DeadLetterReplay {

    /** {@code <dead-letter topic>/<partition>/<offset>} of the dead letter a replayed record came from. */
    public static final String REPLAY_OF = "dlt.replay.of";

    private static final String INFIX = "-replay-";

    private DeadLetterReplay() {}

    /** Whether a record is a replayed dead letter. */
    public static boolean isReplay(Headers headers) {
        return headers != null && headers.lastHeader(REPLAY_OF) != null;
    }

    /** Where a consumer reads the replays of one of its source topics. */
    public static String topicFor(String applicationId, String sourceTopic) {
        return applicationId + INFIX + sourceTopic;
    }

    /** The source topic a replay topic stands for, or the topic itself when it is no replay topic of that consumer. */
    public static String sourceOf(String applicationId, String topic) {
        String prefix = applicationId + INFIX;
        return topic != null && topic.startsWith(prefix) ? topic.substring(prefix.length()) : topic;
    }
}
