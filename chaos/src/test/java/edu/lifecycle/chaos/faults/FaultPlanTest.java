package edu.lifecycle.chaos.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

    static final List<String> INSTANCES = List.of("admissions-1", "admissions-2", "billing-1", "billing-2");

    @Test
    void theSameSeedPlaysTheSameSchedule() {
        var first = FaultPlan.of(18, INSTANCES, 3, 20, 3, Duration.ofSeconds(60));
        var again = FaultPlan.of(18, INSTANCES, 3, 20, 3, Duration.ofSeconds(60));
        var other = FaultPlan.of(19, INSTANCES, 3, 20, 3, Duration.ofSeconds(60));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void schedulesTheKillsAndBrokerRestartsAskedForOnKnownTargets() {
        var plan = FaultPlan.of(7, INSTANCES, 3, 20, 3, Duration.ofSeconds(60));

        assertThat(plan).hasSize(23);
        assertThat(plan.stream().filter(Fault::brokerRestart))
                .hasSize(3)
                .allSatisfy(fault -> assertThat(fault.broker()).isBetween(0, 2));
        assertThat(plan.stream().filter(fault -> !fault.brokerRestart()))
                .allSatisfy(fault -> assertThat(INSTANCES).contains(fault.target()));
        assertThat(plan)
                .allSatisfy(
                        fault -> assertThat(fault.after()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(90)));
    }
}
