package org.stepwise.staff;

/**
 * The form a program's individual and family session notes take (a clinic chooses): DAP (data, assessment, plan), BIRP
 * (behavior, intervention, response, plan) or SOAP (subjective, objective, assessment, plan).
 */
public enum NoteFormat {
    DAP("DAP: data, assessment, plan"),
    BIRP("BIRP: behavior, intervention, response, plan"),
    SOAP("SOAP: subjective, objective, assessment, plan");

    private final String label;

    NoteFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
