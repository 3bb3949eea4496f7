package org.stepwise.clients;

/** Whether the signed-in user may open a client's chart, and why. */
public enum ChartDecision {
    /** The role opens registry records by role (program director, intake, front desk, biller). */
    BY_ROLE(true),
    /** The user is on the client's care team. */
    CARE_TEAM(true),
    /** The client has no care team yet (a new referral): any role with CLIENT_VIEW may open it. */
    NO_CARE_TEAM_YET(true),
    /** The user granted themselves time-limited emergency access, with a reason that a director reviews. */
    BREAK_GLASS(true),
    /** The user's role is care-team bound and they are not on this client's team: break-glass is needed. */
    BREAK_GLASS_REQUIRED(false),
    /** The user's role may not open client records at all. */
    DENIED(false),
    /** No such client, or it was deleted. */
    NOT_FOUND(false);

    private final boolean allowed;

    ChartDecision(boolean allowed) {
        this.allowed = allowed;
    }

    public boolean allowed() {
        return allowed;
    }
}
