package org.stepwise.safety;

import org.stepwise.shared.ConflictException;

/**
 * Someone changed the plan after the caller read it: a 409 that carries the plan as it is now, so that the caller can
 * show what the other person saved beside their own unsaved text.
 */
public class RecoveryPlanConflictException extends ConflictException {

    private final RecoveryPlan current;

    public RecoveryPlanConflictException(String message, RecoveryPlan current) {
        super(message);
        this.current = current;
    }

    public RecoveryPlan current() {
        return current;
    }
}
