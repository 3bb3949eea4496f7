package org.stepwise.aftercare;

/** What a referral made for life after the program is about. */
public enum ReferralKind {
    VOCATIONAL("Vocational"),
    EDUCATIONAL("Educational"),
    HOUSING("Housing"),
    OTHER("Other");

    private final String label;

    ReferralKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
