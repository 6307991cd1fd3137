package edu.lifecycle.servicekit.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aSecondRequestWaitingUnderTheSameIdForAnotherRequestIsRefusedAtOnce() {
        pending.expect("key-1", "payment-of-40");

        assertThatThrownBy(() -> pending.expect("key-1", "payment-of-99"))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(pending.expect("key-1", "payment-of-40")).isNotDone();
    }

    @Test
    void anOutcomeOfAnotherRequestRefusesTheWaiterInsteadOfAnsweringIt() {
        var same = pending.expect("key-1", "payment-of-40");
        var outcome = CommandOutcome.failed("key-1", "acc-1", Instant.EPOCH).withFingerprint("payment-of-40");

        pending.complete(outcome);

        assertThat(same).isCompletedWithValue(outcome);

        var other = pending.expect("key-1", "payment-of-99");
        pending.complete(outcome);
        assertThat(other)
                .failsWithin(java.time.Duration.ZERO)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(IdempotencyKeyReusedException.class);
    }
}
