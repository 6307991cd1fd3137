package edu.lifecycle.servicekit.stream;

/** A policy could not translate an event; the event goes to its topic's dead-letter topic. */
public final class PolicyTranslationException extends RuntimeException {

    PolicyTranslationException(String policy, RuntimeException cause) {
        super("Policy " + policy + " cannot translate the event", cause);
    }
}
