package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.json.JsonSerde;
import org.apache.kafka.common.serialization.Serde;

/**
 * An {@link AggregateSpec} whose name, initial state, {@code decide}, {@code evolve} and state serde come from an
 * {@link AggregateLogic}: a subclass gives only what is its own, how to read its commands ({@link #toCommand}), what a
 * client sees ({@link #view}) and what each event publishes ({@link #publish}, {@link #outputs}).
 *
 * @param <S> the aggregate's state
 * @param <C> the domain's command type
 * @param <E> the domain's event type
 */
public abstract class DeciderAggregateSpec<S, C, E> implements AggregateSpec<S, C, E> {

    private final AggregateLogic<S, C, E> logic;

    protected DeciderAggregateSpec(AggregateLogic<S, C, E> logic) {
        this.logic = logic;
    }

    @Override
    public final String name() {
        return logic.name();
    }

    @Override
    public final S initial(String key) {
        return logic.initial().apply(key);
    }

    @Override
    public final Decision<E> decide(S state, C command) {
        return logic.decide().apply(state, command);
    }

    @Override
    public final S evolve(S state, E event) {
        return logic.evolve().apply(state, event);
    }

    /** The state as JSON; an aggregate whose state holds personal data overrides it to seal those values. */
    @Override
    public Serde<S> stateSerde() {
        return JsonSerde.of(logic.stateClass());
    }
}
