package edu.lifecycle.servicekit.deadletter;

/** A dead letter that has no way back to its consumer: answered 409 naming why. */
public final class NotReplayableException extends RuntimeException {

    NotReplayableException(DeadLetter letter, String why) {
        super("Dead letter " + letter.id() + " of " + letter.consumer() + " cannot be replayed: " + why);
    }
}
