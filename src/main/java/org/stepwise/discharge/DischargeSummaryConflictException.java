package org.stepwise.discharge;

import org.stepwise.shared.ConflictException;

/** Someone else changed (or signed) the summary since it was read; carries the summary as it is now. */
public class DischargeSummaryConflictException extends ConflictException {

    private final transient DischargeSummary current;

    public DischargeSummaryConflictException(String message, DischargeSummary current) {
        super(message);
        this.current = current;
    }

    public DischargeSummary current() {
        return current;
    }
}
