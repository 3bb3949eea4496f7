package org.stepwise.attendance;

import java.util.List;
import org.stepwise.scheduling.SessionView;

/** A session and who is booked into it, each with their attendance so far, by family name. */
public record SessionRoster(SessionView session, List<RosterLine> lines) {

    public SessionRoster {
        lines = List.copyOf(lines);
    }

    public long recorded() {
        return lines.stream().filter(l -> l.record() != null).count();
    }
}
