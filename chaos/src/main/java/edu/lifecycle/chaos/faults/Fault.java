package edu.lifecycle.chaos.faults;

import java.time.Duration;

/**
 * One fault of the schedule.
 *
 * @param after how long after the previous fault ended (its target back) this one strikes
 * @param target an instance name ({@code billing-2}) for a kill, or {@code broker-N} for a broker restart
 * @param down how long the target stays down before it is started again
 */
public record Fault(Duration after, String target, Duration down) {

    public boolean brokerRestart() {
        return target.startsWith("broker-");
    }

    /** The broker's index, 0-based. */
    public int broker() {
        return Integer.parseInt(target.substring("broker-".length())) - 1;
    }
}
