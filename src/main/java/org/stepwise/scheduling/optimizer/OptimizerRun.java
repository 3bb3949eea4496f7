package org.stepwise.scheduling.optimizer;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.optimizer.timefold.ScheduleSolution;
import org.stepwise.scheduling.optimizer.timefold.WeekModel;

/**
 * One optimization of one week running in the background: it reports each new best plan (at most once per progress
 * interval) and the final one, and stops at its time limit, when cancelled, or early once every client is within
 * target and the plan has settled (see {@link OptimizerSettings}). {@link #awaitResult()} gives the best plan found.
 */
public final class OptimizerRun {

    private static final System.Logger LOG = System.getLogger(OptimizerRun.class.getName());

    private final WeekIndex index;
    private final Duration limit;
    private final Duration settledAfter;
    private final Consumer<Progress> onBest;
    private final long startedNanos = System.nanoTime();
    private final CompletableFuture<WeekPlan> result = new CompletableFuture<>();
    private final AtomicReference<@Nullable Unreported> unreported = new AtomicReference<>();
    private final ScheduledExecutorService ticker;
    private volatile @Nullable SolverJob<ScheduleSolution> job;
    private volatile long lastImprovementNanos = System.nanoTime();
    private volatile boolean complete;
    private volatile @Nullable Progress progress;
    private volatile boolean settled;
    private volatile boolean cancelled;
    private volatile boolean stoppedEarly;

    OptimizerRun(WeekIndex index, Duration limit, OptimizerSettings settings, Consumer<Progress> onBest) {
        this.index = index;
        this.limit = limit;
        this.settledAfter = settings.settledAfter(limit);
        this.onBest = onBest;
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "week-optimizer-progress");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.progressInterval().toMillis();
        ticker.scheduleAtFixedRate(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    void started(SolverJob<ScheduleSolution> job) {
        this.job = job;
        if (cancelled) {
            job.terminateEarly();
        }
    }

    /** Time from the start of the run, model building included: what the person waiting sees. */
    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    void newBest(ScheduleSolution solution) {
        lastImprovementNanos = System.nanoTime();
        unreported.set(new Unreported(solution, complete));
    }

    void constructed(ScheduleSolution solution) {
        complete = true;
        newBest(solution);
    }

    void finished(ScheduleSolution solution) {
        // shutdown, not shutdownNow: a tick may be waiting in terminateEarly for exactly this end.
        ticker.shutdown();
        end(progressOf(solution, complete, true));
    }

    private void end(Progress last) {
        progress = last;
        report(last);
        result.complete(last.best());
    }

    void failed(Throwable problem) {
        ticker.shutdown();
        result.completeExceptionally(problem);
    }

    /** Reports a new best, and stops the run once it has settled with every client within target. */
    private void tick() {
        try {
            SolverJob<ScheduleSolution> running = job;
            if (cancelled && running != null && running.getSolverStatus() == SolverStatus.NOT_SOLVING
                    && !result.isDone() && unreported.get() == null && progress == null) {
                // Cancelled before the solver started: Timefold then sends no final solution.
                ticker.shutdown();
                WeekPlan nothing = WeekPlan.assemble(index, List.of(), List.of(), true, "cancelled before solving");
                end(new Progress(elapsed(), limit, nothing, false, true, nothing.shareWithinTarget(index.problem()),
                        true));
                return;
            }
            Unreported best = unreported.getAndSet(null);
            if (best != null) {
                Progress now = progressOf(best.solution(), best.complete(), false);
                progress = now;
                settled = now.complete() && now.feasible() && now.shareWithinTarget() >= 1.0;
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
        SolverJob<ScheduleSolution> running = job;
        if (running != null) {
            running.terminateEarly();
        }
    }

    private Progress progressOf(ScheduleSolution solution, boolean complete, boolean finished) {
        HardMediumSoftScore score = solution.getScore();
        boolean feasible = score != null && score.isFeasible();
        String words = score == null ? "not scored" : score.toString();
        // The final plan is always explained, even when the limit cut construction short.
        WeekPlan plan = complete || finished
                ? WeekPlan.assemble(index, WeekModel.seats(solution), WeekModel.appointments(solution), feasible, words)
                : WeekPlan.partial(index, WeekModel.seats(solution), WeekModel.appointments(solution), feasible, words);
        return new Progress(elapsed(), limit, plan, complete, feasible, plan.shareWithinTarget(index.problem()),
                finished);
    }

    private void report(Progress progress) {
        try {
            onBest.accept(progress);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "week optimizer progress listener failed", e);
        }
    }

    /** Stops the run (waits until the solver has stopped); {@link #awaitResult()} then gives the best plan so far. */
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
            throw new IllegalStateException("the week optimizer failed", e.getCause());
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
        return Optional.of(last.at(elapsed()));
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

    private record Unreported(ScheduleSolution solution, boolean complete) {}
}
