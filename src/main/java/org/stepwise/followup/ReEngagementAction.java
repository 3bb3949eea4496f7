package org.stepwise.followup;

/** What was done to re-engage a client whose follow-up showed things slipping. */
public enum ReEngagementAction {
    ALUMNI_GROUP("Booked into the alumni group"),
    AFTERCARE_APPOINTMENT("Appointment with the aftercare provider"),
    READMISSION_REFERRAL("Referred for readmission");

    private final String label;

    ReEngagementAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
