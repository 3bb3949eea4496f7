package org.stepwise.scheduling.optimizer;

/** A broken hard rule, with a message that names the session, time, client or staff member involved. */
public record Violation(Rule rule, String message) {

    /** The hard rules: a plan that breaks none of them may be published. */
    public enum Rule {
        /** A seat or appointment names a session, client or staff member the week does not have. */
        UNKNOWN_REFERENCE,
        /** A session holds more clients than its seats. */
        SESSION_OVER_CAPACITY,
        /** A client is in two things at once (groups or appointments), or twice in one session. */
        CLIENT_DOUBLE_BOOKED,
        /** A client is booked on a day, day part or blocked time they cannot come. */
        OUTSIDE_AVAILABILITY,
        /** A client is seated in a session of another track. */
        WRONG_TRACK,
        /** An appointment is not in a time its staff member offered for that kind. */
        NO_OFFERED_SLOT,
        /** A staff member has two overlapping appointments (or one offered time holds two clients). */
        STAFF_DOUBLE_BOOKED,
        /** A staff member has an appointment while facilitating a group. */
        STAFF_FACILITATING,
        /** A staff member works more minutes than they may this week. */
        STAFF_OVER_HOURS,
        /** A staff member sees more distinct clients in appointments than their caseload. */
        STAFF_OVER_CASELOAD,
        /** A client is scheduled above their maximum weekly hours. */
        CLIENT_OVER_MAX_HOURS
    }
}
