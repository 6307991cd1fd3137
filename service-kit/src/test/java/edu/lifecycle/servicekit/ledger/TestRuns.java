package edu.lifecycle.servicekit.ledger;

import java.util.concurrent.ThreadLocalRandom;

/** Names for one test's Streams application and topics, so tests sharing a broker never meet. */
public final class TestRuns {

    private TestRuns() {}

    public static String newRun(String test) {
        return test + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }
}
