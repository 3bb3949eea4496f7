package org.stepwise.scheduling.optimizer;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicForagerConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicPickEarlyType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.stepwise.scheduling.optimizer.timefold.AppointmentAssignment;
import org.stepwise.scheduling.optimizer.timefold.ScheduleConstraints;
import org.stepwise.scheduling.optimizer.timefold.ScheduleSolution;
import org.stepwise.scheduling.optimizer.timefold.SeatAssignment;
import org.stepwise.scheduling.optimizer.timefold.WeekModel;

/**
 * Builds next week's schedule with Timefold Solver: a construction heuristic books appointments, then seats, hardest
 * clients first, each taking the first fitting value that does not worsen the score; then local search improves the
 * week until the time limit, or until every client is within target and the plan has settled. One instance serves many
 * runs (it compiles the constraints once) and runs them one at a time per two cores; close it when the application stops.
 *
 * <pre>{@code
 * WeekOptimizer optimizer = new WeekOptimizer();
 * OptimizerRun run = optimizer.start(problem, Duration.ofSeconds(30), progress -> show(progress));
 * ... run.cancel();             // the person closed the page
 * WeekPlan plan = run.awaitResult();
 * }</pre>
 */
public final class WeekOptimizer implements AutoCloseable {

    private static final AtomicLong RUN_IDS = new AtomicLong();

    private final SolverManager<ScheduleSolution> solverManager;
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
        this.solverManager = SolverManager.create(solverConfig(mode),
                new SolverManagerConfig().withParallelSolverCount(SolverManagerConfig.PARALLEL_SOLVER_COUNT_AUTO));
    }

    /**
     * Construction first, appointments before seats (they are scarcer), each entity taking the first value that does
     * not worsen the score: the value ranges list each client's options in a spread-out order (last week's groups
     * first), so first fit is fast and already balanced; evaluating every value made construction several times
     * slower for no better week (see docs/decisions/0007). Then late-acceptance local search with change and swap
     * moves.
     */
    static SolverConfig solverConfig(EnvironmentMode mode) {
        return new SolverConfig()
                .withSolutionClass(ScheduleSolution.class)
                .withEntityClasses(AppointmentAssignment.class, SeatAssignment.class)
                .withConstraintProviderClass(ScheduleConstraints.class)
                .withEnvironmentMode(mode)
                .withPhases(firstFit(AppointmentAssignment.class, "slot"), firstFit(SeatAssignment.class, "session"),
                        new LocalSearchPhaseConfig());
    }

    private static ConstructionHeuristicPhaseConfig firstFit(Class<?> entityClass, String variable) {
        String placing = entityClass.getSimpleName() + "Placing";
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig(entityClass).withId(placing))
                        .withMoveSelectorConfigs(new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(placing))
                                .withValueSelectorConfig(new ValueSelectorConfig(variable))))
                .withForagerConfig(new ConstructionHeuristicForagerConfig()
                        .withPickEarlyType(ConstructionHeuristicPickEarlyType.FIRST_NON_DETERIORATING_SCORE));
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
        WeekIndex index = WeekIndex.of(problem);
        OptimizerRun run = new OptimizerRun(index, limit, settings, onBest);
        SolverJob<ScheduleSolution> job = solverManager.solveBuilder()
                .withProblemId(RUN_IDS.incrementAndGet())
                // Built on the solver's thread, so that start returns at once; its time counts toward the limit.
                .withProblemFinder(id -> WeekModel.build(index))
                .withConfigOverride(new SolverConfigOverride().withTerminationSpentLimit(wholeMillis(limit)))
                .withBestSolutionEventConsumer(event -> run.newBest(event.solution()))
                .withFirstInitializedSolutionEventConsumer(event -> run.constructed(event.solution()))
                .withFinalBestSolutionEventConsumer(event -> run.finished(event.solution()))
                .withExceptionHandler((id, problemThrown) -> run.failed(problemThrown))
                .run();
        run.started(job);
        return run;
    }

    /** Timefold takes whole milliseconds. */
    private static Duration wholeMillis(Duration duration) {
        return Duration.ofMillis(Math.max(1, duration.toMillis()));
    }

    @Override
    public void close() {
        solverManager.close();
    }
}
