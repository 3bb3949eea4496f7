package org.stepwise.shared;

import java.util.Map;

/**
 * A request a person can correct: answered with 400 and a message naming what to fix. {@code fieldErrors} maps a form
 * field (or JSON property) to its message, so pages can show each error beside its field.
 */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidRequestException(String message) {
        this(message, Map.of());
    }

    public InvalidRequestException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidRequestException forField(String field, String message) {
        return new InvalidRequestException(message, Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
