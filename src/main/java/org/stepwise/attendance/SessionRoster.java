package org.stepwise.attendance;

import java.util.List;
import org.stepwise.scheduling.SessionView;

/**
 * A session and who is booked into it, each with their attendance so far, by family name.
 *
 * @param lines the clients shown (all of them, or the one whose row is redrawn)
 * @param listed how many clients the whole roster holds
 * @param recorded how many of them have attendance recorded
 */
public record SessionRoster(SessionView session, List<RosterLine> lines, int listed, int recorded) {

    public SessionRoster {
        lines = List.copyOf(lines);
    }
}
