package org.stepwise.aftercare;

/** Where a vocational, educational or housing referral stands. */
public enum ReferralStatus {
    PLANNED("Planned"),
    MADE("Referral made"),
    ACCEPTED("Accepted"),
    DECLINED("Declined");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
