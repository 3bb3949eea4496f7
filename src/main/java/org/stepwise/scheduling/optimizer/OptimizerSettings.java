package org.stepwise.scheduling.optimizer;

import java.time.Duration;

/**
 * How a {@link WeekOptimizer} reports and when it stops before its time limit.
 *
 * @param progressInterval how often a background run reports a new best plan (at most once per interval)
 * @param settledAfter     a run stops early once every client is within target, no hard rule is broken, and the best
 *                         plan has not improved (at any level) for this long; a run with a short limit waits a tenth
 *                         of its limit instead, at least half a second
 */
public record OptimizerSettings(Duration progressInterval, Duration settledAfter) {

    public static final OptimizerSettings DEFAULT = new OptimizerSettings(Duration.ofMillis(250), Duration.ofSeconds(3));

    Duration settledAfter(Duration limit) {
        Duration tenth = limit.dividedBy(10);
        Duration floor = Duration.ofMillis(500);
        Duration wait = tenth.compareTo(settledAfter) < 0 ? tenth : settledAfter;
        return wait.compareTo(floor) < 0 ? floor : wait;
    }
}
