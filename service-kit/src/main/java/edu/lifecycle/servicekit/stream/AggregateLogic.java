package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.decision.Decision;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The part of an {@link AggregateSpec} that only delegates to a service's decider: the aggregate's stable name, its
 * initial state, its {@code decide} and {@code evolve}, and the class of its state (stored as JSON). Built from method
 * references and handed to {@link DeciderAggregateSpec}, so that a service writes only what is its own.
 *
 * @param name a short stable name: it names the stores and processors, so never change it
 * @param stateClass the state's class, stored with {@link edu.lifecycle.servicekit.json.JsonSerde}
 * @param initial the state of an aggregate that has seen no event yet, by key
 * @param decide the decider's {@code decide}
 * @param evolve the decider's {@code evolve}
 * @param <S> the aggregate's state
 * @param <C> the domain's command type
 * @param <E> the domain's event type
 */
public record AggregateLogic<S, C, E>(
        String name,
        Class<S> stateClass,
        Function<String, S> initial,
        BiFunction<S, C, Decision<E>> decide,
        BiFunction<S, E, S> evolve) {

    public AggregateLogic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stateClass, "stateClass");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(decide, "decide");
        Objects.requireNonNull(evolve, "evolve");
    }

    /**
     * For a decider whose state does not exist until the first event, and which reads that as {@link Optional#empty()}:
     * the store holds no state ({@code null}) until then, and each call hands the decider
     * {@code Optional.ofNullable(state)}.
     */
    public static <S, C, E> AggregateLogic<S, C, E> absentUntilFirstEvent(
            String name,
            Class<S> stateClass,
            BiFunction<Optional<S>, C, Decision<E>> decide,
            BiFunction<Optional<S>, E, S> evolve) {
        Objects.requireNonNull(decide, "decide");
        Objects.requireNonNull(evolve, "evolve");
        return new AggregateLogic<>(
                name,
                stateClass,
                key -> null,
                (state, command) -> decide.apply(Optional.ofNullable(state), command),
                (state, event) -> evolve.apply(Optional.ofNullable(state), event));
    }
}
