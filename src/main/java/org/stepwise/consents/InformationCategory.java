package org.stepwise.consents;

/** What kind of information a consent lets the program disclose (§2.31(a)(3): how much and what kind). */
public enum InformationCategory {
    DIAGNOSIS("Diagnosis"),
    ATTENDANCE("Attendance"),
    TREATMENT_PLAN("Treatment plan"),
    MEDICATIONS("Medications"),
    DRUG_SCREENS("Drug screen results"),
    SUMMARY("Treatment summary");

    private final String label;

    InformationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
