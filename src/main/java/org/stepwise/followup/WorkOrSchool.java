package org.stepwise.followup;

/** Whether the client works or studies, at the follow-up. */
public enum WorkOrSchool {
    WORKING("Working"),
    IN_SCHOOL("In school"),
    LOOKING("Looking for work"),
    NEITHER("Neither");

    private final String label;

    WorkOrSchool(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
