package org.stepwise.followup;

/** Where a follow-up stands. OPEN and REENGAGEMENT_NEEDED still need someone; the other two are done. */
public enum FollowUpStatus {
    /** Not yet reached the client. */
    OPEN("Open"),
    /** Reached; the outcome check shows nothing slipping. */
    COMPLETED("Completed"),
    /** The outcome check (or three failed attempts) shows things slipping: someone must act. */
    REENGAGEMENT_NEEDED("Re-engagement needed"),
    /** Someone recorded what was done to re-engage the client. */
    REENGAGED("Re-engaged");

    private final String label;

    FollowUpStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsSomeone() {
        return this == OPEN || this == REENGAGEMENT_NEEDED;
    }
}
