package org.stepwise.attendance;

import org.stepwise.scheduling.SessionView;

/** A session of the day with how many of its clients have attendance recorded so far. */
public record SessionToCheckIn(SessionView session, int recorded) {

    /** Booked clients still without a record (0 for a cancelled session). */
    public int waiting() {
        return session.cancelled() ? 0 : Math.max(0, session.booked() - recorded);
    }
}
