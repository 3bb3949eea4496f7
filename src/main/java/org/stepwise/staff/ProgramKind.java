package org.stepwise.staff;

/** What a program treats: mental health, substance use, or both together. */
public enum ProgramKind {
    MENTAL_HEALTH("Mental health IOP"),
    SUBSTANCE_USE("Substance use IOP"),
    CO_OCCURRING("Co-occurring IOP");

    private final String label;

    ProgramKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
