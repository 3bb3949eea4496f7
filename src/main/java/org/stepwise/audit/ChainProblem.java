package org.stepwise.audit;

/** The kinds of damage the verifier tells apart, each with a name an administrator understands. */
public enum ChainProblem {
    /** A row's contents no longer match its hash: a field was changed after it was written. */
    ALTERED_ROW("Altered row"),
    /** The sequence skips numbers: one or more rows were deleted. */
    MISSING_ROW("Missing row"),
    /** A row was added that the application did not write. */
    INSERTED_ROW("Inserted row"),
    /** A row does not point at the row before it: a neighbour was replaced or re-hashed. */
    BROKEN_LINK("Broken link"),
    /** The newest rows recorded by the chain head are gone. */
    TRUNCATED_TAIL("Newest rows missing"),
    /** The newest row is not the one the chain head recorded. */
    HEAD_MISMATCH("Chain head mismatch");

    private final String label;

    ChainProblem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
