package edu.lifecycle.servicekit.deadletter;

import java.time.Instant;

/**
 * Which dead letters an operator asks for; every part is optional.
 *
 * @param sourceTopic the topic they were read from
 * @param reason the exception's simple class name ({@code SerializationException}), or any part of the reason text
 * @param from set aside at or after
 * @param to set aside before
 */
public record DeadLetterFilter(String sourceTopic, String reason, Instant from, Instant to) {

    public static final DeadLetterFilter ALL = new DeadLetterFilter(null, null, null, null);

    public boolean matches(DeadLetter letter) {
        return (sourceTopic == null || sourceTopic.equals(letter.sourceTopic()))
                && (reason == null
                        || reason.equals(letter.reasonType())
                        || (letter.reason() != null && letter.reason().contains(reason)))
                && (from == null || (letter.time() != null && !letter.time().isBefore(from)))
                && (to == null || (letter.time() != null && letter.time().isBefore(to)));
    }
}
