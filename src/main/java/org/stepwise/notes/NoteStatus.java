package org.stepwise.notes;

/** Where a note stands: a draft may change; once the author signs, nothing it says changes again. */
public enum NoteStatus {
    DRAFT("Draft"),
    AWAITING_COSIGNATURE("Awaiting co-signature"),
    SIGNED("Signed");

    private final String label;

    NoteStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Signed by its author: locked, whether or not a co-signature is still due. */
    public boolean locked() {
        return this != DRAFT;
    }
}
