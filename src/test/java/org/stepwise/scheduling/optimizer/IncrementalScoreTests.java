package org.stepwise.scheduling.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The constraints are computed incrementally while the solver moves; in FULL_ASSERT mode Timefold recomputes the score
 * from scratch after every move and fails on any difference (score corruption), so a wrong join or grouping in
 * ScheduleConstraints shows up here rather than as a quietly worse week.
 */
class IncrementalScoreTests {

    @ParameterizedTest(name = "{1} clients, seed {0}")
    @CsvSource({"21, 12", "22, 20"})
    void theIncrementalScoreMatchesAFullRecalculation(long seed, int clients) {
        WeekProblem problem = SyntheticWeek.generate(seed, clients).problem();
        try (WeekOptimizer asserting = new WeekOptimizer(OptimizerSettings.DEFAULT, EnvironmentMode.FULL_ASSERT)) {
            WeekPlan plan = asserting.solve(problem, Duration.ofSeconds(3));

            assertThat(new ScheduleRules().check(problem, plan)).isEmpty();
        }
    }
}
