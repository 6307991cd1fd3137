package edu.lifecycle.servicekit.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON value of an acceptable shape but not a plausible one; carries what to tell the client about its field. */
final class ImplausibleValueException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String clientMessage;

    ImplausibleValueException(JsonParser parser, Class<?> targetType, String clientMessage) {
        super(parser, clientMessage, targetType);
        this.clientMessage = clientMessage;
    }

    /** What is wrong with the value, to follow the field's name ("must not contain …"). */
    String clientMessage() {
        return clientMessage;
    }
}
