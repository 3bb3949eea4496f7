package org.stepwise.episodes;

/**
 * Where an episode of care stands. A client has at most one current episode (waitlisted or admitted); discharged and
 * cancelled episodes are history.
 */
public enum EpisodeStatus {
    /** Asked for a place on a full track; waiting for one. */
    WAITLISTED("Waitlisted"),
    /** In treatment in the track. */
    ADMITTED("Admitted"),
    /** Treatment ended (discharge is recorded by the discharge module, a later issue). */
    DISCHARGED("Discharged"),
    /** Taken off the waitlist, or an admission recorded in error. */
    CANCELLED("Cancelled");

    private final String label;

    EpisodeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isCurrent() {
        return this == WAITLISTED || this == ADMITTED;
    }
}
