package org.stepwise.consents;

/** What kind of information a consent lets the program disclose (§2.31(a)(3): how much and what kind). */
public enum InformationCategory {
    DIAGNOSIS("Diagnosis"),
    ATTENDANCE("Attendance"),
    TREATMENT_PLAN("Treatment plan"),
    MEDICATIONS("Medications"),
    DRUG_SCREENS("Drug screen results"),
    SUMMARY("Treatment summary"),
    /** Clinical notes of sessions (individual, family, group, medication management) other than counseling notes. */
    PROGRESS_NOTES("Progress notes"),
    /**
     * SUD counseling notes (42 CFR 2.11): a Part 2 program's counselor's notes of a counseling session, kept apart from
     * the rest of the record. Only a Part 2 consent of their own, naming no other category, permits disclosing them
     * (42 CFR 2.31(b)).
     */
    SUD_COUNSELING_NOTES("SUD counseling notes");

    private final String label;

    InformationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
