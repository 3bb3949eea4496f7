package org.stepwise.consents;

/** Why information is disclosed (§2.31(a)(5)). Treatment, payment and operations together are the TPO consent. */
public enum DisclosurePurpose {
    TREATMENT("Treatment"),
    PAYMENT("Payment"),
    HEALTH_CARE_OPERATIONS("Health care operations"),
    CARE_COORDINATION("Care coordination"),
    CLIENT_REQUEST("At the client's request");

    private final String label;

    DisclosurePurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
