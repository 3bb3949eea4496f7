package org.stepwise.scheduling.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.IsoWeek;

/**
 * An optimizer run as its page and the API show it.
 *
 * @param fractionDone time spent of the time allowed while it runs, 0 to 1; 1 once it has ended
 * @param shortfalls every target the current best plan does not meet, and why
 */
public record RunView(UUID id, IsoWeek week, @Nullable UUID site, RunStatus status, String startedBy,
        Instant startedAt, @Nullable Instant finishedAt, int clients, int withinTarget, boolean feasible,
        @Nullable String score, int seats, int appointments, double fractionDone, Duration limit,
        List<ShortfallLine> shortfalls, @Nullable String decidedBy, @Nullable Instant decidedAt, int version) {

    public RunView {
        shortfalls = List.copyOf(shortfalls);
    }

    /** A target not met, with the client's name. */
    public record ShortfallLine(UUID client, String name, String what, String why) {}

    public int percentDone() {
        return (int) Math.round(fractionDone * 100);
    }

    public int percentWithinTarget() {
        return clients == 0 ? 100 : (int) Math.floor(100.0 * withinTarget / clients);
    }

    public boolean running() {
        return status == RunStatus.RUNNING;
    }

    public boolean decidable() {
        return status == RunStatus.FINISHED && feasible;
    }
}
