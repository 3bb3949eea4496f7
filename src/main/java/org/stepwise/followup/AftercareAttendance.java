package org.stepwise.followup;

/** Whether the client attends the aftercare planned at discharge. */
public enum AftercareAttendance {
    YES("Yes"),
    PARTLY("Partly"),
    NO("No");

    private final String label;

    AftercareAttendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
