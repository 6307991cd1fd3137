package edu.lifecycle.billing.account;

/**
 * How far the account is from closed: the student withdrew (the future lines were cancelled), and the account is
 * settled (nothing is owed; it is unsettled again as soon as something is).
 */
public record Closing(boolean withdrawn, boolean settled) {

    static final Closing OPEN = new Closing(false, false);

    Closing withWithdrawn(boolean value) {
        return new Closing(value, settled);
    }

    Closing withSettled(boolean value) {
        return new Closing(withdrawn, value);
    }
}
