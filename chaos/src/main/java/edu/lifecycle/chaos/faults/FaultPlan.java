package edu.lifecycle.chaos.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The seeded schedule of faults: {@code kills} kills of random service instances and {@code brokerRestarts} clean
 * stops of one broker at a time, in a random order, at random intervals. The same seed and inputs give the same
 * schedule, so a failing run can be played again.
 */
public final class FaultPlan {

    private FaultPlan() {}

    public static List<Fault> of(
            long seed, List<String> instances, int brokers, int kills, int brokerRestarts, Duration meanGap) {
        var random = new Random(seed);
        var kinds = new ArrayList<Boolean>();
        for (int i = 0; i < kills; i++) {
            kinds.add(false);
        }
        for (int i = 0; i < brokerRestarts; i++) {
            kinds.add(true);
        }
        Collections.shuffle(kinds, random);
        var faults = new ArrayList<Fault>();
        for (boolean broker : kinds) {
            // Between half and one and a half mean gaps: irregular, never back to back.
            var after = Duration.ofMillis((long) (meanGap.toMillis() * (0.5 + random.nextDouble())));
            if (broker) {
                faults.add(new Fault(
                        after,
                        "broker-" + (1 + random.nextInt(brokers)),
                        Duration.ofMillis(2_000 + random.nextInt(8_000))));
            } else {
                faults.add(new Fault(
                        after,
                        instances.get(random.nextInt(instances.size())),
                        Duration.ofMillis(random.nextInt(5_000))));
            }
        }
        return List.copyOf(faults);
    }
}
