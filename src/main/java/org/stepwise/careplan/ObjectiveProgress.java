package org.stepwise.careplan;

/** Where a client stands on one objective, as the last review recorded it. */
public enum ObjectiveProgress {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    MET("Met"),
    REVISED("Revised"),
    DISCONTINUED("Discontinued");

    private final String label;

    ObjectiveProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
