package org.stepwise.careplan;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.careplan.internal.ContentCompletion;
import org.stepwise.careplan.internal.PlanAssembler;
import org.stepwise.careplan.internal.PlanContentJson;
import org.stepwise.careplan.internal.PlanStore;
import org.stepwise.careplan.rules.PlanDrafter;
import org.stepwise.episodes.EpisodeFacts;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.intake.Placements;
import org.stepwise.measures.MeasureAdministration;
import org.stepwise.measures.MeasureHistory;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * Clients' treatment plans on behalf of the signed-in user: reading (chart access checked and audited through the
 * episode, the plan audited as a view), the first draft from the admission, and edits under the plan's optimistic
 * lock. Signatures are {@link PlanSignatures}, reviews {@link PlanReviews}.
 */
@Service
public class TreatmentPlans {

    private final EpisodeRecords episodes;
    private final PlanStore store;
    private final PlanAssembler assembler;
    private final ContentCompletion completion;
    private final Placements placements;
    private final MeasureHistory measures;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    TreatmentPlans(EpisodeRecords episodes, PlanStore store, PlanAssembler assembler, ContentCompletion completion,
            Placements placements, MeasureHistory measures, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.episodes = episodes;
        this.store = store;
        this.assembler = assembler;
        this.completion = completion;
        this.placements = placements;
        this.measures = measures;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The plan after a change, and whether anything changed (false: the same submission arrived before). */
    public record Saved(TreatmentPlan plan, boolean changed) {}

    /** The episode a client's plan pages show: the current one, else the most recent. Not audited. */
    @Transactional(readOnly = true)
    public Optional<EpisodeId> episodeOf(ClientId client) {
        return episodes.current(client).or(() -> episodes.factsOf(client).stream().findFirst().map(EpisodeFacts::id));
    }

    /** The episode's plan, if it has one; audited as a view. */
    @Transactional
    public Optional<TreatmentPlan> find(EpisodeId episode) {
        EpisodeView view = episodes.episode(episode);
        Optional<TreatmentPlan> plan = store.find(episode).map(row -> assembler.assemble(row, view));
        audit.record(AuditAction.VIEW, view.client(), "treatment plan", plan.map(p -> p.latest()
                .map(v -> "version " + v.number()).orElse("no version yet")).orElse("no plan yet"));
        return plan;
    }

    /** The episode's plan; audited as a view. */
    @Transactional
    public TreatmentPlan get(EpisodeId episode) {
        return find(episode).orElseThrow(() -> new NotFoundException("This episode of care has no treatment plan yet."));
    }

    /**
     * Writes the first draft of the episode's plan from its diagnoses, the client's latest placement and screening
     * scores ({@link PlanDrafter}). When the plan has a version already, returns it unchanged: drafting twice drafts
     * once.
     */
    @Transactional
    public Saved draft(EpisodeId episode) {
        EpisodeView view = writable(episodes.episode(episode));
        StepwiseUser user = currentUser.require();
        Instant now = now();
        store.insertIfAbsent(view.client(), episode, user.username(), now);
        PlanStore.PlanRow row = store.lock(episode).orElseThrow();
        if (!store.versions(row.id()).isEmpty()) {
            return new Saved(assembler.assemble(row, view), false);
        }
        PlanContent drafted = PlanDrafter.draft(new PlanDrafter.Input(view.diagnoses(),
                placements.latest(view.client()).map(p -> new PlanDrafter.Placement(p.drivers(), p.ratings()))
                        .orElse(null),
                latestScores(view.client()), assembler.today(), view.plannedEnd(), view.weeklyHours(),
                view.admittedOn(), user.staffId().value(), user.displayName()));
        PlanContent content = completion.complete(withAdopted(row, drafted), view, store.objectiveIds(row.id()));
        store.insertVersion(row.id(), 1, PlanVersion.Origin.DRAFTED, content, user.staffId(), now);
        store.syncObjectives(row.id(), view.client(), content);
        PlanStore.PlanRow bumped = store.bump(row.id());
        audit.record(AuditAction.CREATE, view.client(), "treatment plan", "version 1 drafted from the admission: "
                + content.problems().size() + " problem(s)");
        return new Saved(assembler.assemble(bumped, view), true);
    }

    /**
     * Saves the plan's content: a draft version is rewritten, a signed one is followed by a new draft version.
     *
     * @param version the plan's lock version the editor read; required once the plan exists
     * @throws InvalidRequestException naming every problem with the content
     * @throws PlanConflictException when someone changed the plan since (unless they saved exactly this content)
     */
    @Transactional
    public Saved save(EpisodeId episode, @Nullable Integer version, PlanContent submitted) {
        EpisodeView view = writable(episodes.episode(episode));
        StepwiseUser user = currentUser.require();
        Instant now = now();
        Optional<PlanStore.PlanRow> existing = store.lock(episode);
        if (existing.isPresent() && version == null) {
            throw InvalidRequestException.forField("version", "Send the plan's version you read, so that nobody's "
                    + "changes are overwritten unseen.");
        }
        if (existing.isEmpty()) {
            store.insertIfAbsent(view.client(), episode, user.username(), now);
        }
        PlanStore.PlanRow row = existing.orElseGet(() -> store.lock(episode).orElseThrow());
        List<PlanVersion> versions = store.versions(row.id());
        PlanVersion latest = versions.isEmpty() ? null : versions.getLast();
        if (existing.isPresent() && version != row.version()) {
            if (latest != null && PlanContentJson.asTyped(latest.content())
                    .equals(PlanContentJson.asTyped(ContentCompletion.withEpisodeServices(submitted, view)))) {
                return new Saved(assembler.assemble(row, view), false);
            }
            throw new PlanConflictException("Someone else changed this plan after you opened it (" + changedBy(latest)
                    + "). Your text is kept: compare it with theirs, then save again.", assembler.assemble(row, view));
        }
        PlanContent content = completion.complete(submitted, view, store.objectiveIds(row.id()));
        String hash = PlanContentJson.sha256(content);
        if (latest != null && hash.equals(latest.contentHash())) {
            return new Saved(assembler.assemble(row, view), false);
        }
        int number;
        if (latest == null) {
            number = 1;
            store.insertVersion(row.id(), number, PlanVersion.Origin.EDITED, content, user.staffId(), now);
        } else if (latest.isDraft() && store.updateDraft(row.id(), latest.number(), content, user.staffId(), now)) {
            number = latest.number();
        } else {
            number = latest.number() + 1;
            store.insertVersion(row.id(), number, PlanVersion.Origin.EDITED, content, user.staffId(), now);
        }
        store.syncObjectives(row.id(), view.client(), content);
        PlanStore.PlanRow bumped = store.bump(row.id());
        audit.record(latest == null ? AuditAction.CREATE : AuditAction.UPDATE, view.client(), "treatment plan",
                "version " + number + " saved as a draft, sha256 " + hash);
        return new Saved(assembler.assemble(bumped, view), true);
    }

    /** Plans are changed only while the episode is current; a discharged client's plan stays as it was. */
    static EpisodeView writable(EpisodeView view) {
        if (!view.status().isCurrent()) {
            throw new ConflictException("This episode of care is " + view.status().label().toLowerCase(java.util.Locale.ROOT)
                    + ": its treatment plan is kept as it was and can no longer change.");
        }
        return view;
    }

    private static String changedBy(@Nullable PlanVersion latest) {
        return latest == null ? "a new plan" : "version " + latest.number() + ", last saved by " + latest.updatedBy();
    }

    /** The newest administration of each instrument. */
    private List<PlanDrafter.Score> latestScores(ClientId client) {
        Map<String, MeasureAdministration> latest = new LinkedHashMap<>();
        measures.forClient(client).stream()
                .sorted(Comparator.comparing(MeasureAdministration::administeredOn).reversed())
                .forEach(a -> latest.putIfAbsent(a.instrument(), a));
        return latest.values().stream().map(a -> new PlanDrafter.Score(a.instrument(), a.total(), a.positive(),
                a.extraScores(), a.administeredOn())).toList();
    }

    /**
     * A plan made before it had versions (its objectives written straight into {@code plan_objective}) keeps those
     * objectives: they come first in the draft, under their problem and goal, so that notes linked to them stay linked.
     */
    private PlanContent withAdopted(PlanStore.PlanRow row, PlanContent drafted) {
        List<PlanStore.StoredObjective> stored = store.activeObjectives(row.id());
        if (stored.isEmpty()) {
            return drafted;
        }
        Map<String, List<PlanStore.StoredObjective>> byProblem = new LinkedHashMap<>();
        stored.forEach(o -> byProblem.computeIfAbsent(o.problem() + "\n" + o.goal(), k -> new ArrayList<>()).add(o));
        List<PlanContent.Problem> problems = new ArrayList<>();
        PlanContent.Intervention therapy = drafted.problems().getFirst().interventions().getFirst();
        byProblem.values().forEach(list -> problems.add(new PlanContent.Problem(null, list.getFirst().problem(),
                list.getFirst().goal(), list.stream().map(PlanStore.StoredObjective::objective).toList(),
                List.of(therapy))));
        problems.addAll(drafted.problems());
        return new PlanContent(problems.subList(0, Math.min(problems.size(), org.stepwise.careplan.rules.PlanRules.MAX_PROBLEMS)), drafted.services());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
