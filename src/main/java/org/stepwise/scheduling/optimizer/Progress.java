package org.stepwise.scheduling.optimizer;

import java.time.Duration;

/**
 * Where a background run stands, for a progress bar and a live preview: time spent of the time allowed, the best plan
 * so far, whether that plan is complete (the construction heuristic has placed every client; before, it is partial),
 * whether it breaks no hard rule, and the share of clients within their target hours. {@code finished} is true on the
 * last report of a run.
 */
public record Progress(Duration elapsed, Duration limit, WeekPlan best, boolean complete, boolean feasible,
        double shareWithinTarget, boolean finished) {

    /** Elapsed share of the time allowed, 0 to 1 (1 once finished, also when it stopped early). */
    public double fractionDone() {
        if (finished || limit.isZero()) {
            return 1.0;
        }
        return Math.min(1.0, (double) elapsed.toMillis() / limit.toMillis());
    }

    Progress at(Duration now) {
        return new Progress(now, limit, best, complete, feasible, shareWithinTarget, finished);
    }
}
