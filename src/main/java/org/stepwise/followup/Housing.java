package org.stepwise.followup;

/** The client's housing, as they describe it at the follow-up. */
public enum Housing {
    STABLE("Stable"),
    UNSTABLE("Unstable"),
    HOMELESS("Homeless");

    private final String label;

    Housing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
