package edu.lifecycle.kafka.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

class FreePortTest {

    @Test
    void theControllerPortIsNeverTheClientPortEvenWhenTheSystemOffersItAgain() {
        IntSupplier offers = offering(43097, 43097, 43120);

        assertThat(FreePort.otherThan(43097, offers)).isEqualTo(43120);
    }

    @Test
    void givesUpWhenOnlyTheTakenPortIsEverOffered() {
        assertThatThrownBy(() -> FreePort.otherThan(43097, () -> 43097))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("43097");
    }

    @Test
    void aPortFoundFreeOnLoopbackIsAPort() {
        assertThat(FreePort.onOtherThan("127.0.0.1", 1)).isBetween(1024, 65535);
    }

    private static IntSupplier offering(Integer... ports) {
        var next = new AtomicInteger();
        List<Integer> offered = List.of(ports);
        return () -> offered.get(next.getAndIncrement());
    }
}
