package org.stepwise.followup.rules;

/** Why a client needs re-engaging after discharge. */
public enum ReEngagementReason {
    PHQ9_SEVERE("PHQ-9 of 15 or more"),
    PHQ9_WORSE("PHQ-9 reliably worse than before discharge"),
    SUBSTANCE_USE("Substance use reported"),
    HOUSING_LOST("Housing lost"),
    HOSPITAL("Hospital, readmission or ER visit since discharge"),
    NO_AFTERCARE("Not attending aftercare"),
    NOT_REACHED("Not reached after three attempts");

    private final String label;

    ReEngagementReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
