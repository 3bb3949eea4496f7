package org.stepwise.careplan;

import org.stepwise.shared.ConflictException;

/**
 * Someone changed the plan after the caller read it: a 409 that carries the plan as it is now, so that the caller can
 * show what the other person saved next to their own unsaved text (never a silent overwrite).
 */
public class PlanConflictException extends ConflictException {

    private final TreatmentPlan current;

    public PlanConflictException(String message, TreatmentPlan current) {
        super(message);
        this.current = current;
    }

    public TreatmentPlan current() {
        return current;
    }
}
