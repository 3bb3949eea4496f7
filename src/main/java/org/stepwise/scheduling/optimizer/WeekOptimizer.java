package org.stepwise.scheduling.optimizer;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.function.Consumer;
import org.stepwise.scheduling.optimizer.timefold.AppointmentAssignment;
import org.stepwise.scheduling.optimizer.timefold.ScheduleConstraints;
import org.stepwise.scheduling.optimizer.timefold.ScheduleSolution;
import org.stepwise.scheduling.optimizer.timefold.SeatAssignment;

/**
 * Builds next week's schedule with Timefold Solver: a construction heuristic places the hardest clients first, then
 * local search improves the week until the time limit, or until every client is within target and the plan has
 * settled. One instance serves many runs (it compiles the constraints once); runs may overlap, each on its own thread.
 *
 * <pre>{@code
 * WeekOptimizer optimizer = new WeekOptimizer();
 * OptimizerRun run = optimizer.start(problem, Duration.ofSeconds(30), progress -> show(progress));
 * ... run.cancel();             // the person closed the page
 * WeekPlan plan = run.awaitResult();
 * }</pre>
 */
public final class WeekOptimizer {

    private final SolverFactory<ScheduleSolution> solverFactory;
    private final OptimizerSettings settings;

    public WeekOptimizer() {
        this(OptimizerSettings.DEFAULT);
    }

    public WeekOptimizer(OptimizerSettings settings) {
        this(settings, EnvironmentMode.PHASE_ASSERT);
    }

    /** With another environment mode: tests use FULL_ASSERT to prove the incremental score right. */
    WeekOptimizer(OptimizerSettings settings, EnvironmentMode mode) {
        this.settings = settings;
        this.solverFactory = SolverFactory.create(solverConfig(mode));
    }

    static SolverConfig solverConfig(EnvironmentMode mode) {
        return new SolverConfig()
                .withSolutionClass(ScheduleSolution.class)
                .withEntityClasses(AppointmentAssignment.class, SeatAssignment.class)
                .withConstraintProviderClass(ScheduleConstraints.class)
                .withEnvironmentMode(mode);
    }

    /** Optimizes synchronously and returns the best plan found within {@code limit} (or sooner, once settled). */
    public WeekPlan solve(WeekProblem problem, Duration limit) {
        return start(problem, limit, progress -> {}).awaitResult();
    }

    /**
     * Starts optimizing in the background. {@code onBest} is called on a background thread with each new best plan
     * (at most once per progress interval) and once more when the run ends ({@link Progress#finished()}).
     */
    public OptimizerRun start(WeekProblem problem, Duration limit, Consumer<Progress> onBest) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("an optimizer run needs some time, not " + limit);
        }
        return OptimizerRun.start(WeekIndex.of(problem), limit, settings, this::buildSolver, onBest);
    }

    private Solver<ScheduleSolution> buildSolver(Duration timeLeft) {
        Duration atLeast = timeLeft.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : timeLeft;
        return solverFactory.buildSolver(new SolverConfigOverride()
                .withTerminationSpentLimit(atLeast));
    }
}
