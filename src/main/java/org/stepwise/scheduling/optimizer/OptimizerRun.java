package org.stepwise.scheduling.optimizer;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.optimizer.timefold.ScheduleSolution;
import org.stepwise.scheduling.optimizer.timefold.WeekModel;

/**
 * One optimization of one week running in the background: it reports each new best plan (at most once per progress
 * interval) and the final one, stops at its time limit, when cancelled, or early once every client is within target
 * and the plan has settled (see {@link OptimizerSettings}). {@link #awaitResult()} gives the best plan found.
 */
public final class OptimizerRun {

    private static final System.Logger LOG = System.getLogger(OptimizerRun.class.getName());
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final WeekIndex index;
    private final Duration limit;
    private final Duration settledAfter;
    private final Consumer<Progress> onBest;
    private final long startedNanos = System.nanoTime();
    private final CompletableFuture<WeekPlan> result = new CompletableFuture<>();
    private final AtomicReference<@Nullable ScheduleSolution> unreportedBest = new AtomicReference<>();
    private final AtomicReference<@Nullable Solver<ScheduleSolution>> solver = new AtomicReference<>();
    private final ScheduledExecutorService ticker;
    private volatile long lastImprovementNanos = System.nanoTime();
    private volatile @Nullable Progress progress;
    private volatile boolean settled;
    private volatile boolean cancelled;
    private volatile boolean stoppedEarly;

    private OptimizerRun(WeekIndex index, Duration limit, OptimizerSettings settings, Consumer<Progress> onBest) {
        this.index = index;
        this.limit = limit;
        this.settledAfter = settings.settledAfter(limit);
        this.onBest = onBest;
        int number = RUNS.incrementAndGet();
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "week-optimizer-" + number
                + "-progress"));
        ticker.scheduleAtFixedRate(this::tick, settings.progressInterval().toMillis(),
                settings.progressInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Builds the model and solves on a thread of its own; {@code buildSolver} gets the time left of the limit. */
    static OptimizerRun start(WeekIndex index, Duration limit, OptimizerSettings settings,
            Function<Duration, Solver<ScheduleSolution>> buildSolver, Consumer<Progress> onBest) {
        OptimizerRun run = new OptimizerRun(index, limit, settings, onBest);
        daemon(() -> run.solve(buildSolver), "week-optimizer-" + RUNS.get()).start();
        return run;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private void solve(Function<Duration, Solver<ScheduleSolution>> buildSolver) {
        try {
            ScheduleSolution problem = WeekModel.build(index);
            Duration left = limit.minus(elapsed());
            Solver<ScheduleSolution> built = buildSolver.apply(left.isNegative() ? Duration.ZERO : left);
            built.addEventListener(event -> {
                unreportedBest.set(event.getNewBestSolution());
                lastImprovementNanos = System.nanoTime();
            });
            solver.set(built);
            ScheduleSolution best = cancelled ? problem : built.solve(problem);
            ticker.shutdownNow();
            Progress last = progressOf(best, true);
            progress = last;
            report(last);
            result.complete(last.best());
        } catch (RuntimeException | Error e) {
            ticker.shutdownNow();
            result.completeExceptionally(e);
        }
    }

    /** Reports a new best, and stops the run once it has settled with every client within target. */
    private void tick() {
        try {
            if (cancelled) {
                terminate();
            }
            ScheduleSolution best = unreportedBest.getAndSet(null);
            if (best != null) {
                Progress now = progressOf(best, false);
                progress = now;
                settled = now.feasible() && now.shareWithinTarget() >= 1.0;
                report(now);
            }
            if (settled && System.nanoTime() - lastImprovementNanos >= settledAfter.toNanos()) {
                stoppedEarly = true;
                terminate();
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "week optimizer progress failed", e);
        }
    }

    private void terminate() {
        Solver<ScheduleSolution> running = solver.get();
        if (running != null) {
            running.terminateEarly();
        }
    }

    private Progress progressOf(ScheduleSolution solution, boolean finished) {
        HardMediumSoftScore score = solution.getScore();
        boolean feasible = score != null && score.isFeasible();
        WeekPlan plan = WeekPlan.assemble(index, WeekModel.seats(solution), WeekModel.appointments(solution),
                feasible, score == null ? "not scored" : score.toString());
        return new Progress(elapsed(), limit, plan, feasible, plan.shareWithinTarget(index.problem()), finished);
    }

    private void report(Progress progress) {
        try {
            onBest.accept(progress);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "week optimizer progress listener failed", e);
        }
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** Stops the run soon; {@link #awaitResult()} then gives the best plan found so far. */
    public void cancel() {
        cancelled = true;
        terminate();
    }

    /** Waits for the run to end and gives its best plan; rethrows what made the solver fail, if anything did. */
    public WeekPlan awaitResult() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        } catch (CancellationException e) {
            throw new IllegalStateException("the optimizer run was abandoned", e);
        }
    }

    /** The best plan once the run ends, for callers that do not want to block. */
    public CompletableFuture<WeekPlan> result() {
        return result.copy();
    }

    /** The latest report with the elapsed time brought up to now (empty until the first plan exists). */
    public Optional<Progress> progress() {
        Progress last = progress;
        if (last == null || last.finished()) {
            return Optional.ofNullable(last);
        }
        return Optional.of(new Progress(elapsed(), last.limit(), last.best(), last.feasible(),
                last.shareWithinTarget(), false));
    }

    public boolean isDone() {
        return result.isDone();
    }

    public boolean wasCancelled() {
        return cancelled;
    }

    /** True when the run stopped before its limit because every client was within target and nothing improved. */
    public boolean stoppedEarly() {
        return stoppedEarly;
    }
}
