package org.stepwise.consents;

import org.stepwise.shared.ConflictException;

/** A transition the consent's current state does not allow (revoking it twice, say): answered with 409. */
public class ConsentStateException extends ConflictException {

    public ConsentStateException(String message) {
        super(message);
    }
}
