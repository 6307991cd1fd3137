package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.state.StateSerde;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serde;

/**
 * What a service tells the kit about one aggregate, in one description: its stable name, its decider's
 * {@code decide} and {@code evolve}, how its commands are read, how its state is stored and shown, and what each event
 * publishes. The kit does the rest ({@link Aggregates}). Built at the service's edge ({@code stream/}):
 *
 * <pre>{@code
 * Aggregate.<Account, AccountCommand, AccountEvent>named("account")
 *         .absentUntilFirstEvent(Account.class, decider::decide, decider::evolve)
 *         .readingCommands(CommandCodec.of(AccountCommand.class).build())
 *         .showing(AccountView::of)
 *         .publishing(List.of(topics.events()), (context, event) -> List.of(Publication.to(...)));
 * }</pre>
 *
 * @param <S> the aggregate's state
 * @param <C> the domain's command type
 * @param <E> the domain's event type
 */
public final class Aggregate<S, C, E> {

    /** The records an event causes: public events, table updates, commands to other aggregates. */
    @FunctionalInterface
    public interface Publishing<E> {
        /** Take event and command ids from {@code context}, so that reprocessing a command reproduces them. */
        List<Publication> publish(EventContext context, E event);
    }

    private final String name;
    private final Function<String, S> initial;
    private final BiFunction<S, C, Decision<E>> decide;
    private final BiFunction<S, E, S> evolve;
    private final Serde<S> stateSerde;
    private final Function<CommandEnvelope, C> commands;
    private final Function<S, Object> view;
    private final List<Topic<?, ?>> outputs;
    private final Publishing<E> publishing;

    private Aggregate(
            String name,
            Function<String, S> initial,
            BiFunction<S, C, Decision<E>> decide,
            BiFunction<S, E, S> evolve,
            Serde<S> stateSerde,
            Function<CommandEnvelope, C> commands,
            Function<S, Object> view,
            List<Topic<?, ?>> outputs,
            Publishing<E> publishing) {
        this.name = name;
        this.initial = initial;
        this.decide = decide;
        this.evolve = evolve;
        this.stateSerde = stateSerde;
        this.commands = commands;
        this.view = view;
        this.outputs = List.copyOf(outputs);
        this.publishing = publishing;
    }

    /** @param name a short stable name ({@code account}): it names the stores and processors, so never change it */
    public static <S, C, E> Logic<S, C, E> named(String name) {
        return new Logic<>(Objects.requireNonNull(name, "name"));
    }

    /** The name of the state store of the aggregate named {@code aggregateName}, by aggregate key; never change it. */
    public static String stateStoreOf(String aggregateName) {
        return aggregateName + "-state";
    }

    /** The name of the store remembering each command's outcome by command id, so a repeat changes nothing. */
    public static String processedCommandsStoreOf(String aggregateName) {
        return aggregateName + "-processed-commands";
    }

    /**
     * How a processed-commands store holds each command's outcome: in binary against the kit's committed schema, the
     * JSON of earlier releases still read (ADR 16).
     */
    public static Serde<CommandOutcome> processedCommandsSerde() {
        return StoredOutcome.serde();
    }

    public String name() {
        return name;
    }

    /** The key-value store holding each aggregate's state, by aggregate key; queryable. */
    public String stateStore() {
        return stateStoreOf(name);
    }

    public String processedCommandsStore() {
        return processedCommandsStoreOf(name);
    }

    /** The domain command in an envelope; throwing sends the command to the dead-letter topic as FAILED. */
    C toCommand(CommandEnvelope envelope) {
        return commands.apply(envelope);
    }

    /** The state of an aggregate that has seen no event yet ({@code null} for one that does not exist until then). */
    S initial(String key) {
        return initial.apply(key);
    }

    Decision<E> decide(S state, C command) {
        return decide.apply(state, command);
    }

    S evolve(S state, E event) {
        return evolve.apply(state, event);
    }

    /** How the state store holds each state (and its changelog, which an upgraded release must still read). */
    public Serde<S> stateSerde() {
        return stateSerde;
    }

    /** What a client sees of the state after an accepted command; {@code null} for nothing (or no state). */
    Object view(S state) {
        return state == null ? null : view.apply(state);
    }

    List<Publication> publish(EventContext context, E event) {
        return publishing.publish(context, event);
    }

    /** Every topic {@link #publish} may name; the topology gets one sink for each. */
    List<Topic<?, ?>> outputs() {
        return outputs;
    }

    /** The first step: the decider. */
    public static final class Logic<S, C, E> {

        private final String name;

        private Logic(String name) {
            this.name = name;
        }

        /**
         * A decider whose state does not exist until the first event, and which reads that as
         * {@link Optional#empty()}: the store holds nothing until then.
         */
        public Commands<S, C, E> absentUntilFirstEvent(
                Class<S> stateClass,
                BiFunction<Optional<S>, C, Decision<E>> decide,
                BiFunction<Optional<S>, E, S> evolve) {
            Objects.requireNonNull(decide, "decide");
            Objects.requireNonNull(evolve, "evolve");
            return new Commands<>(
                    name,
                    key -> null,
                    (state, command) -> decide.apply(Optional.ofNullable(state), command),
                    (state, event) -> evolve.apply(Optional.ofNullable(state), event),
                    () -> StateSerde.storing(stateClass));
        }

        /** A decider whose state always exists, from {@code initial} on. */
        public Commands<S, C, E> startingFrom(
                Class<S> stateClass,
                Function<String, S> initial,
                BiFunction<S, C, Decision<E>> decide,
                BiFunction<S, E, S> evolve) {
            return new Commands<>(
                    name,
                    Objects.requireNonNull(initial, "initial"),
                    Objects.requireNonNull(decide, "decide"),
                    Objects.requireNonNull(evolve, "evolve"),
                    () -> StateSerde.storing(stateClass));
        }
    }

    /** The second step: how the state is stored (in binary, {@link StateSerde}, unless told), and how commands are read. */
    public static final class Commands<S, C, E> {

        private final String name;
        private final Function<String, S> initial;
        private final BiFunction<S, C, Decision<E>> decide;
        private final BiFunction<S, E, S> evolve;
        // Built only when no other serde is told, so a state stored in another form needs no schema of its own.
        private Supplier<Serde<S>> stateSerde;

        private Commands(
                String name,
                Function<String, S> initial,
                BiFunction<S, C, Decision<E>> decide,
                BiFunction<S, E, S> evolve,
                Supplier<Serde<S>> stateSerde) {
            this.name = name;
            this.initial = initial;
            this.decide = decide;
            this.evolve = evolve;
            this.stateSerde = stateSerde;
        }

        /** The state stored with {@code serde} instead of the binary form of its class, e.g. with personal data sealed. */
        public Commands<S, C, E> storedAs(Serde<S> serde) {
            Objects.requireNonNull(serde, "serde");
            this.stateSerde = () -> serde;
            return this;
        }

        /** The commands read with the codec derived from the domain's sealed command interface. */
        public Views<S, C, E> readingCommands(CommandCodec<C> codec) {
            return readingCommands(Objects.requireNonNull(codec, "codec")::decode);
        }

        /** How the domain command is read out of its envelope; throwing sends it to the dead letters as FAILED. */
        public Views<S, C, E> readingCommands(Function<CommandEnvelope, C> reader) {
            return new Views<>(this, Objects.requireNonNull(reader, "reader"));
        }
    }

    /** The third step: what a client sees of the state after an accepted command. */
    public static final class Views<S, C, E> {

        private final Commands<S, C, E> commands;
        private final Function<CommandEnvelope, C> reader;

        private Views(Commands<S, C, E> commands, Function<CommandEnvelope, C> reader) {
            this.commands = commands;
            this.reader = reader;
        }

        /** @param view the state as a client sees it (turned into JSON); never given a state that does not exist */
        public Outputs<S, C, E> showing(Function<S, Object> view) {
            return new Outputs<>(this, Objects.requireNonNull(view, "view"));
        }
    }

    /** The last step: what each event publishes, and where. */
    public static final class Outputs<S, C, E> {

        private final Views<S, C, E> views;
        private final Function<S, Object> view;

        private Outputs(Views<S, C, E> views, Function<S, Object> view) {
            this.views = views;
            this.view = view;
        }

        /**
         * @param outputs every topic {@code publishing} may name: the topology gets one sink for each
         * @param publishing the records each event causes
         */
        public Aggregate<S, C, E> publishing(List<Topic<?, ?>> outputs, Publishing<E> publishing) {
            var logic = views.commands;
            return new Aggregate<>(
                    logic.name,
                    logic.initial,
                    logic.decide,
                    logic.evolve,
                    logic.stateSerde.get(),
                    views.reader,
                    view,
                    Objects.requireNonNull(outputs, "outputs"),
                    Objects.requireNonNull(publishing, "publishing"));
        }
    }
}
