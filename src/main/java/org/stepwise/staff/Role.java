package org.stepwise.staff;

/** The roles of an IOP's staff. Each staff account holds exactly one; what a role may do is the security module's rule. */
public enum Role {
    ADMINISTRATOR("Administrator"),
    PROGRAM_DIRECTOR("Program director"),
    CLINICIAN("Clinician"),
    PRESCRIBER("Prescriber"),
    NURSE("Nurse"),
    CASE_MANAGER("Case manager"),
    INTAKE_COORDINATOR("Intake coordinator"),
    BILLER("Biller"),
    FRONT_DESK("Front desk");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Roles whose access to a chart is limited to the clients whose care team they are on. */
    public boolean isCareTeamBound() {
        return this == CLINICIAN || this == PRESCRIBER || this == NURSE || this == CASE_MANAGER;
    }
}
