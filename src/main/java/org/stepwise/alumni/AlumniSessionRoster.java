package org.stepwise.alumni;

import java.util.List;

/** An alumni session with its check-in list, by name. */
public record AlumniSessionRoster(AlumniSession session, List<AlumniCheckIn> lines) {

    public AlumniSessionRoster {
        lines = List.copyOf(lines);
    }

    public long came() {
        return lines.stream().filter(AlumniCheckIn::came).count();
    }
}
