package edu.lifecycle.servicekit.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.decision.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

class AggregateTest {

    /** A counter whose state does not exist until its first event; the decider sees what it was given. */
    static final class CounterDecider {
        final List<Optional<Integer>> seen = new ArrayList<>();

        Decision<Integer> decide(Optional<Integer> current, String command) {
            seen.add(current);
            return Decision.accept(command.length());
        }

        Integer evolve(Optional<Integer> current, Integer event) {
            seen.add(current);
            return current.orElse(0) + event;
        }
    }

    private static Aggregate<Integer, String, Integer> counter(CounterDecider decider) {
        return Aggregate.<Integer, String, Integer>named("counter")
                .absentUntilFirstEvent(Integer.class, decider::decide, decider::evolve)
                .readingCommands(CommandEnvelope::type)
                .showing(state -> "count " + state)
                .publishing(List.of(), (context, event) -> List.of());
    }

    @Test
    void theStoresKeepTheirNames() {
        var aggregate = counter(new CounterDecider());

        assertThat(aggregate.name()).isEqualTo("counter");
        assertThat(aggregate.stateStore()).isEqualTo("counter-state").isEqualTo(Aggregate.stateStoreOf("counter"));
        assertThat(aggregate.processedCommandsStore())
                .isEqualTo("counter-processed-commands")
                .isEqualTo(Aggregate.processedCommandsStoreOf("counter"));
    }

    @Test
    void anAbsentStateReachesTheDeciderAsEmptyAndAPresentOneAsItself() {
        var decider = new CounterDecider();
        var aggregate = counter(decider);

        assertThat(aggregate.initial("k")).isNull();
        assertThat(aggregate.decide(null, "abc")).isEqualTo(Decision.accept(3));
        assertThat(aggregate.evolve(null, 3)).isEqualTo(3);
        assertThat(aggregate.evolve(3, 4)).isEqualTo(7);
        assertThat(decider.seen).containsExactly(Optional.empty(), Optional.empty(), Optional.of(3));
    }

    @Test
    void aStateThatDoesNotExistShowsNothingAndOneThatDoesShowsItsView() {
        var aggregate = counter(new CounterDecider());

        assertThat(aggregate.view(null)).isNull();
        assertThat(aggregate.view(3)).isEqualTo("count 3");
        assertThat(aggregate.toCommand(CommandEnvelope.of("c1", "k", "abc", null, Instant.EPOCH)))
                .isEqualTo("abc");
    }

    @Test
    void aStateThatAlwaysExistsStartsFromItsInitialAndIsPassedAsItIs() {
        var aggregate = Aggregate.<Integer, String, Integer>named("tally")
                .startingFrom(Integer.class, String::length, (state, command) -> Decision.accept(state), Integer::sum)
                .readingCommands(CommandEnvelope::type)
                .showing(state -> state)
                .publishing(List.of(), (context, event) -> List.of());

        assertThat(aggregate.initial("four")).isEqualTo(4);
        assertThat(aggregate.decide(4, "x")).isEqualTo(Decision.accept(4));
        assertThat(aggregate.evolve(4, 5)).isEqualTo(9);
        assertThat(aggregate
                        .stateSerde()
                        .deserializer()
                        .deserialize("t", aggregate.stateSerde().serializer().serialize("t", 9)))
                .as("JSON unless told")
                .isEqualTo(9);
    }

    @Test
    void aStateStoredOtherwiseUsesTheSerdeItWasGiven() {
        var serde = Serdes.Integer();
        var aggregate = Aggregate.<Integer, String, Integer>named("tally")
                .startingFrom(Integer.class, key -> 0, (state, command) -> Decision.accept(state), Integer::sum)
                .storedAs(serde)
                .readingCommands(CommandEnvelope::type)
                .showing(state -> state)
                .publishing(List.of(), (context, event) -> List.of());

        assertThat(aggregate.stateSerde()).isSameAs(serde);
    }
}
