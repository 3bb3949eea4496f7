package org.stepwise.aftercare;

import org.stepwise.shared.ConflictException;

/** Someone changed the plan after the caller read it: a 409 carrying the plan as it is now, to show beside the form. */
public class AftercareConflictException extends ConflictException {

    private final AftercarePlan current;

    public AftercareConflictException(String message, AftercarePlan current) {
        super(message);
        this.current = current;
    }

    public AftercarePlan current() {
        return current;
    }
}
