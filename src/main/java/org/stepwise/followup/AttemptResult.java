package org.stepwise.followup;

/** How a try at reaching the client went. Only REACHED comes with the outcome check. */
public enum AttemptResult {
    REACHED("Reached"),
    NO_ANSWER("No answer"),
    DECLINED("Declined"),
    WRONG_NUMBER("Wrong number");

    private final String label;

    AttemptResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
