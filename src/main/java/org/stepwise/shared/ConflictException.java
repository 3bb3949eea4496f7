package org.stepwise.shared;

/**
 * The request clashes with the current state (someone else saved first, a duplicate, a full group): answered with 409.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
