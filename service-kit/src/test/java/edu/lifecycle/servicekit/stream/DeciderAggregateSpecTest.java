package edu.lifecycle.servicekit.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeciderAggregateSpecTest {

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

    static final class CounterSpec extends DeciderAggregateSpec<Integer, String, Integer> {
        CounterSpec(AggregateLogic<Integer, String, Integer> logic) {
            super(logic);
        }

        @Override
        public String toCommand(CommandEnvelope envelope) {
            return envelope.type();
        }

        @Override
        public Object view(Integer state) {
            return state;
        }

        @Override
        public List<Publication> publish(EventContext context, Integer event) {
            return List.of();
        }

        @Override
        public List<Topic<?, ?>> outputs() {
            return List.of();
        }
    }

    @Test
    void theStoresKeepTheirNames() {
        var spec = new CounterSpec(AggregateLogic.absentUntilFirstEvent(
                "counter", Integer.class, new CounterDecider()::decide, new CounterDecider()::evolve));

        assertThat(spec.name()).isEqualTo("counter");
        assertThat(spec.stateStore()).isEqualTo("counter-state").isEqualTo(AggregateSpec.stateStoreOf("counter"));
        assertThat(spec.processedCommandsStore())
                .isEqualTo("counter-processed-commands")
                .isEqualTo(AggregateSpec.processedCommandsStoreOf("counter"));
    }

    @Test
    void anAbsentStateReachesTheDeciderAsEmptyAndAPresentOneAsItself() {
        var decider = new CounterDecider();
        var spec = new CounterSpec(
                AggregateLogic.absentUntilFirstEvent("counter", Integer.class, decider::decide, decider::evolve));

        assertThat(spec.initial("k")).isNull();
        assertThat(spec.decide(null, "abc")).isEqualTo(Decision.accept(3));
        assertThat(spec.evolve(null, 3)).isEqualTo(3);
        assertThat(spec.evolve(3, 4)).isEqualTo(7);
        assertThat(decider.seen).containsExactly(Optional.empty(), Optional.empty(), Optional.of(3));
    }

    @Test
    void aStateThatAlwaysExistsStartsFromItsInitialAndIsPassedAsItIs() {
        var spec = new CounterSpec(new AggregateLogic<>(
                "tally", Integer.class, key -> key.length(), (state, command) -> Decision.accept(state), Integer::sum));

        assertThat(spec.initial("four")).isEqualTo(4);
        assertThat(spec.decide(4, "x")).isEqualTo(Decision.accept(4));
        assertThat(spec.evolve(4, 5)).isEqualTo(9);
        assertThat(spec.stateSerde()
                        .deserializer()
                        .deserialize("t", spec.stateSerde().serializer().serialize("t", 9)))
                .isEqualTo(9);
    }
}
