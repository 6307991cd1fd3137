package edu.lifecycle.servicekit.decision;

import java.util.List;
import java.util.Objects;

/**
 * The answer of a domain to a command: the events it causes, or the rule that refuses it.
 *
 * @param <E> the domain's event type
 */
public sealed interface Decision<E> {

    static <E> Decision<E> accept(List<E> events) {
        return new Accepted<>(events);
    }

    @SafeVarargs
    static <E> Decision<E> accept(E... events) {
        return new Accepted<>(List.of(events));
    }

    /** A state conflict: the command does not fit the current state (answered 409). */
    static <E> Decision<E> conflict(String rule, String detail) {
        return new Rejected<>(new Rejection(rule, RejectionKind.CONFLICT, detail));
    }

    /** A business rule the command's content breaks (answered 422). */
    static <E> Decision<E> ruleBroken(String rule, String detail) {
        return new Rejected<>(new Rejection(rule, RejectionKind.RULE_BROKEN, detail));
    }

    /** The command names something that does not exist (answered 404). */
    static <E> Decision<E> notFound(String rule, String detail) {
        return new Rejected<>(new Rejection(rule, RejectionKind.NOT_FOUND, detail));
    }

    /** The command is accepted; {@code events} may be empty when it changes nothing. */
    record Accepted<E>(List<E> events) implements Decision<E> {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    /** The command is refused and changes nothing. */
    record Rejected<E>(Rejection rejection) implements Decision<E> {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
