package org.stepwise.consents;

/** How the client communicated a revocation. */
public enum RevocationMethod {
    IN_WRITING("In writing"),
    VERBALLY("Verbally, to a staff member"),
    ELECTRONICALLY("Electronically");

    private final String label;

    RevocationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
