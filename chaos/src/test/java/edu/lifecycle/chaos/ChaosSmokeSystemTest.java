package edu.lifecycle.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.chaos.oracle.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * CI's chaos smoke: the whole system as processes (three brokers, two instances of each service), a few hundred
 * commands, one {@code kill -9} of a service instance and one broker restart; every check of the oracle must hold.
 * Nothing here is timed: each wait of the run has its own deadline, and the recovery time is reported, not asserted.
 * It runs in CI after the README's suite ({@code .ci/run}, {@code -Dchaos.smoke=true}), so that the suite a newcomer
 * runs stays within its 20 minutes on two cores.
 */
@EnabledIfSystemProperty(
        named = "chaos.smoke",
        matches = "true",
        disabledReason =
                "the chaos smoke runs in CI after the suite; run it with -Dchaos.smoke=true" + " (docs/reliability.md)")
class ChaosSmokeSystemTest {

    @Test
    void aKilledInstanceAndARestartedBrokerLoseNothingAndApplyNothingTwice() throws Exception {
        var directory = Files.createDirectories(Path.of("target", "chaos-smoke-" + System.nanoTime()));
        var settings = ChaosSettings.smoke(directory);

        var report = ChaosRun.run(settings, System.out::println);
        System.out.println(report.markdown());

        assertThat(report.checks()).hasSize(4);
        assertThat(report.checks())
                .allSatisfy(check -> assertThat(check.passed()).as(check.line()).isTrue());
        assertThat(report.markdown()).contains("| kills (kill -9) | 1 |").contains("| broker restarts | 1 |");
        assertThat(report.checks().stream().map(CheckResult::name)).hasSize(4);
    }
}
