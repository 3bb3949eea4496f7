package org.stepwise.notes;

/** What kind of service a note documents. A group note's entry is the client's own note of kind GROUP. */
public enum NoteKind {
    GROUP("Group note"),
    INDIVIDUAL("Individual session note"),
    FAMILY("Family session note"),
    MEDICATION("Medication management note");

    private final String label;

    NoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
