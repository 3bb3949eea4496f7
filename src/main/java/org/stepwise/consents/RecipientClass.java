package org.stepwise.consents;

/**
 * Recipients named by class rather than by name (§2.31(a)(4)): one consent may cover every future treating provider or
 * the client's health plan.
 */
public enum RecipientClass {
    TREATING_PROVIDERS("My treating providers"),
    HEALTH_PLAN("My health plan");

    private final String label;

    RecipientClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
