package edu.lifecycle.servicekit.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingOutcomesTest {

    private final PendingOutcomes pending = new PendingOutcomes();

    @Test
    void everyoneWaitingForACommandGetsItsOutcome() {
        var first = pending.expect("c1");
        var second = pending.expect("c1");
        var outcome = CommandOutcome.failed("c1", "acc-1", Instant.EPOCH);

        pending.complete(outcome);

        assertThat(first).isCompletedWithValue(outcome);
        assertThat(second).isCompletedWithValue(outcome);
        assertThat(pending.waitingCommands()).isZero();
    }

    @Test
    void outcomeForNobodyIsIgnored() {
        var waiting = pending.expect("c1");

        pending.complete(CommandOutcome.failed("c2", "acc-1", Instant.EPOCH));

        assertThat(waiting).isNotDone();
    }

    @Test
    void waitThatRanOutIsForgottenWithoutDisturbingOthers() {
        var gaveUp = pending.expect("c1");
        var stillWaiting = pending.expect("c1");

        pending.forget("c1", gaveUp);
        pending.forget("c1", stillWaiting);

        assertThat(pending.waitingCommands()).isZero();
    }
}
