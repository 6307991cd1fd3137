package edu.lifecycle.admissions.privacy;

/**
 * A record's personal data cannot be opened: the key it was sealed with was destroyed (erasure, rectification) or
 * never reached this instance. The message names no value, so the reason can go to a log or a dead letter.
 */
public final class PersonalDataUnreadableException extends RuntimeException {

    public PersonalDataUnreadableException(String message) {
        super(message);
    }
}
