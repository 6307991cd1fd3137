package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/**
 * What a service tells the kit about one aggregate: how to read its commands, its pure {@code decide} and
 * {@code evolve}, how its state is stored and shown, and what each event publishes. The kit does the rest (see
 * {@link Aggregates}). Implemented at the service's edge ({@code stream/}), delegating to the domain.
 *
 * @param <S> the aggregate's state
 * @param <C> the domain's command type
 * @param <E> the domain's event type
 */
public interface AggregateSpec<S, C, E> {

    /** A short stable name ({@code registration}): it names the stores and processors, so never change it. */
    String name();

    /** The domain command in an envelope; throwing sends the command to the dead-letter topic as FAILED. */
    C toCommand(CommandEnvelope envelope);

    /** The state of an aggregate that has seen no event yet. */
    S initial(String key);

    Decision<E> decide(S state, C command);

    S evolve(S state, E event);

    Serde<S> stateSerde();

    /** What a client sees of the state after an accepted command (turned into JSON); {@code null} for nothing. */
    Object view(S state);

    /**
     * The records an event causes: public events, table updates, commands to other aggregates. Take event and
     * command ids from {@code context}, so that reprocessing a command reproduces them.
     */
    List<Publication> publish(EventContext context, E event);

    /** Every topic {@link #publish} may name; the topology gets one sink for each. */
    List<Topic<?, ?>> outputs();

    /** The key-value store holding each aggregate's state, by aggregate key; queryable. */
    default String stateStore() {
        return stateStoreOf(name());
    }

    /** The key-value store remembering each command's outcome by command id, so a repeat changes nothing. */
    default String processedCommandsStore() {
        return processedCommandsStoreOf(name());
    }

    /** The name of {@link #stateStore()} for the aggregate named {@code aggregateName}; never change it. */
    static String stateStoreOf(String aggregateName) {
        return aggregateName + "-state";
    }

    /** The name of {@link #processedCommandsStore()} for the aggregate named {@code aggregateName}; never change it. */
    static String processedCommandsStoreOf(String aggregateName) {
        return aggregateName + "-processed-commands";
    }
}
