package org.stepwise.scheduling.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.optimizer.OptimizerRun;
import org.stepwise.scheduling.optimizer.Progress;
import org.stepwise.scheduling.optimizer.WeekOptimizer;
import org.stepwise.scheduling.optimizer.WeekPlan;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.SiteId;

/**
 * Runs the optimizer for a week in the background. The run's progress, its best plan and the targets it cannot meet
 * are written to {@code schedule_run} as it goes, so that any server behind the load balancer can show them; the run
 * itself lives on the server that started it. Nothing is booked until a person accepts the plan
 * ({@link PlanPublisher}).
 */
@Service
public class WeekPlanning {

    private static final Logger log = LoggerFactory.getLogger(WeekPlanning.class);

    private final WeekProblemReader reader;
    private final RunStore runs;
    private final PlanningSettings settings;
    private final Clock clock;
    private final WeekOptimizer optimizer = new WeekOptimizer();
    /** The runs this server is making, until their result is written. */
    private final Map<UUID, Live> live = new ConcurrentHashMap<>();

    /** A run and what completes once its result is written. */
    private record Live(OptimizerRun run, CompletableFuture<Void> written) {}

    WeekPlanning(WeekProblemReader reader, RunStore runs, PlanningSettings settings, Clock clock) {
        this.reader = reader;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Starts planning a week at one site (or all).
     *
     * @throws InvalidRequestException nothing to plan: no admitted clients, or no group sessions still to come
     * @throws ConflictException a plan for that week and site is being made already
     */
    public UUID start(IsoWeek week, @Nullable SiteId site, String by) {
        return start(week, site, by, settings.timeLimit());
    }

    /** As {@link #start(IsoWeek, SiteId, String)}, with a time limit of its own (the demo loader's short one). */
    public UUID start(IsoWeek week, @Nullable SiteId site, String by, Duration limit) {
        Instant now = clock.instant();
        runs.failAbandoned(now.minus(settings.timeLimit()).minus(Duration.ofMinutes(2)), now);
        PlanningInput input = reader.read(week, site);
        if (input.problem().sessions().isEmpty()) {
            throw new InvalidRequestException("Week " + week + " has no group sessions still to come. Generate the week "
                    + "from the track templates first.");
        }
        if (input.problem().clients().isEmpty()) {
            throw new InvalidRequestException("No admitted client is in treatment in week " + week + ".");
        }
        UUID id = UUID.randomUUID();
        if (!runs.insert(id, week, site == null ? null : site.value(), by, now, input.problem().clients().size())) {
            throw new ConflictException("A plan for week " + week + " is being made already; open it from the week's "
                    + "planning page.");
        }
        OptimizerRun run = optimizer.start(input.problem(), limit, progress -> onProgress(id, input, progress));
        CompletableFuture<Void> written = run.result().handle((plan, error) -> {
            finish(id, input, plan, error);
            return null;
        });
        live.put(id, new Live(run, written));
        written.whenComplete((ignored, error) -> live.remove(id));
        log.info("Planning week {} ({} clients, {} group sessions) as run {}", week, input.problem().clients().size(),
                input.problem().sessions().size(), id);
        return id;
    }

    /** Stops the optimizer's threads with the application. */
    @jakarta.annotation.PreDestroy
    void close() {
        live.values().forEach(l -> l.run().cancel());
        optimizer.close();
    }

    /** @throws NotFoundException no such run */
    public RunView view(UUID id) {
        RunStore.Row row = runs.find(id).orElseThrow(() -> new NotFoundException("No optimizer run " + id + "."));
        double done = row.status() == RunStatus.RUNNING
                ? Optional.ofNullable(live.get(id)).flatMap(l -> l.run().progress()).map(Progress::fractionDone).orElse(0.0)
                : 1.0;
        return row.view(done, settings.timeLimit());
    }

    public List<RunView> recent(IsoWeek week) {
        return runs.recent(week, 10).stream().map(r -> r.view(r.status() == RunStatus.RUNNING ? 0 : 1,
                settings.timeLimit())).toList();
    }

    /** Stops a run early; its best plan so far is kept for a person to accept or discard. */
    public void stop(UUID id) {
        Live run = live.get(id);
        if (run != null) {
            run.run().cancel();
        }
    }

    /** Waits until a run has ended and its result is stored (tests, the demo loader). */
    public void await(UUID id) {
        Live run = live.get(id);
        if (run != null) {
            run.written().join();
        }
    }

    /**
     * Writes each new best as it comes (the optimizer reports at most every 250 ms), so that the run's page on any
     * server shows it; the final plan is written by {@link #finish}.
     */
    private void onProgress(UUID id, PlanningInput input, Progress progress) {
        if (progress.finished()) {
            return;
        }
        WeekPlan best = progress.best();
        runs.progress(id, (int) best.clientsWithinTarget(input.problem()), progress.feasible(), best.score(),
                lines(best, input));
    }

    private void finish(UUID id, PlanningInput input, @Nullable WeekPlan plan, @Nullable Throwable error) {
        if (plan == null) {
            log.warn("Optimizer run {} failed", id, error);
            runs.fail(id, clock.instant(), "failed: " + (error == null ? "unknown" : error.getClass().getSimpleName()));
            return;
        }
        runs.finish(id, clock.instant(), (int) plan.clientsWithinTarget(input.problem()), plan.feasible(),
                plan.score(), StoredPlan.of(plan.seats(), plan.appointments()), lines(plan, input));
    }

    static List<RunView.ShortfallLine> lines(WeekPlan plan, PlanningInput input) {
        return plan.shortfalls().stream()
                .map(s -> new RunView.ShortfallLine(s.clientId(),
                        input.clientNames().getOrDefault(s.clientId(), "a client"), s.what(), s.why()))
                .toList();
    }
}
