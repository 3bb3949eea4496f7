package org.stepwise.aftercare;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.aftercare.internal.AftercareStore;
import org.stepwise.aftercare.internal.ContentJson;
import org.stepwise.aftercare.internal.EpisodeContext;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeStatus;
import org.stepwise.safety.RecoveryPlan;
import org.stepwise.safety.RecoveryPlanKind;
import org.stepwise.safety.RecoveryPlanSigner;
import org.stepwise.safety.RecoveryPlans;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * Episodes' aftercare plans, on behalf of the signed-in user: every read and write checks chart access and is audited in
 * the same transaction. A version is rewritten until it is reviewed with the client; after that a save starts the next
 * version. {@link #outline} is the one read without either, for the discharge summary (whose caller audits).
 */
@Service
public class AftercarePlans {

    private static final String SUBJECT = "aftercare plan";

    private final AftercareStore store;
    private final EpisodeContext episodes;
    private final EpisodeRecords facts;
    private final RecoveryPlans recoveryPlans;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AftercarePlans(AftercareStore store, EpisodeContext episodes, EpisodeRecords facts, RecoveryPlans recoveryPlans, ChartAccess chartAccess,
            AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.episodes = episodes;
        this.facts = facts;
        this.recoveryPlans = recoveryPlans;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The plan after a save, and whether anything changed (false: the same content arrived before). */
    public record Saved(AftercarePlan plan, boolean changed) {}

    /**
     * The episode as the plan pages need it, after the chart-access check. Not audited on its own: the pages audit the
     * plan they show with it.
     */
    @Transactional(readOnly = true)
    public AftercareEpisode episode(EpisodeId id) {
        AftercareEpisode episode = episodes.of(id).orElseThrow(AftercarePlans::noEpisode);
        chartAccess.require(episode.client());
        return episode;
    }

    /** The episode's plan, if one was written; audited as a view. */
    @Transactional
    public Optional<AftercarePlan> view(EpisodeId id) {
        AftercareEpisode episode = episode(id);
        Optional<AftercarePlan> plan = store.find(id).map(row -> assemble(row, episode));
        audit.record(AuditAction.VIEW, episode.client(), SUBJECT, "episode " + id + ": " + plan
                .flatMap(AftercarePlan::latest).map(v -> "version " + v.number()).orElse("none yet"));
        return plan;
    }

    /** The episode's plan; audited as a view. */
    @Transactional
    public AftercarePlan get(EpisodeId id) {
        return view(id).orElseThrow(() -> new NotFoundException("This episode has no aftercare plan yet."));
    }

    /**
     * Saves the plan: a version not yet reviewed with the client is rewritten, a reviewed one is followed by a new
     * version. The safety plan in effect (both signatures) is referenced as it stands now.
     *
     * @param lockVersion the plan's lock version the editor read; required once the plan exists
     * @throws InvalidRequestException when the lock version is missing
     * @throws ConflictException when the episode is waitlisted or cancelled
     * @throws AftercareConflictException when someone changed the plan since (unless they saved exactly this)
     */
    @Transactional
    public Saved save(EpisodeId id, @Nullable Integer lockVersion, AftercareContent typed) {
        AftercareEpisode episode = episode(id);
        if (!episode.planMayChange()) {
            throw new ConflictException("An aftercare plan is written for a client in treatment or discharged; this "
                    + "episode is " + episode.status().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        StepwiseUser user = currentUser.require();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<AftercareStore.PlanRow> existing = store.lock(id);
        if (existing.isPresent() && lockVersion == null) {
            throw InvalidRequestException.forField("version", "Send the plan's version you read, so that nobody's "
                    + "changes are overwritten unseen.");
        }
        if (existing.isEmpty()) {
            store.insertIfAbsent(id, episode.client(), now);
        }
        AftercareStore.PlanRow row = existing.orElseGet(() -> store.lock(id).orElseThrow());
        AftercareContent content = withSafetyPlan(episode, typed);
        List<AftercareVersion> versions = store.versions(row.id());
        AftercareVersion latest = versions.isEmpty() ? null : versions.getLast();
        String hash = ContentJson.sha256(content);
        if (latest != null && hash.equals(latest.contentHash())) {
            return new Saved(assemble(row, episode), false); // the same plan again: a double click or a retry
        }
        boolean racedToCreate = existing.isEmpty() && latest != null;
        if (racedToCreate || (existing.isPresent() && lockVersion != row.version())) {
            throw new AftercareConflictException("Someone else changed this aftercare plan after you opened it"
                    + (latest == null ? "" : " (version " + latest.number() + ", last saved by "
                            + latest.updatedByName() + ")") + ". Your text is kept: compare it with theirs, then save "
                    + "again.", assemble(row, episode));
        }
        int number;
        if (latest == null) {
            number = 1;
            store.insertVersion(row.id(), number, content, hash, user.staffId(), now);
        } else if (!latest.reviewed() && store.updateUnreviewed(row.id(), latest.number(), content, hash,
                user.staffId(), now)) {
            number = latest.number();
        } else {
            number = latest.number() + 1;
            store.insertVersion(row.id(), number, content, hash, user.staffId(), now);
        }
        store.bump(row.id());
        audit.record(latest == null ? AuditAction.CREATE : AuditAction.UPDATE, episode.client(), SUBJECT,
                "episode " + id + ": version " + number + " saved, sha256 " + hash);
        return new Saved(assemble(store.find(id).orElseThrow(), episode), true);
    }

    /**
     * Records that a version was reviewed with the client on a day (not in the future, not before it was written). The
     * version is final from then on. Recording the same review again changes nothing.
     *
     * @throws AftercareConflictException when the version is not the latest, or the lock moved
     * @throws ConflictException when the version was reviewed on another day already
     */
    @Transactional
    public AftercarePlan review(EpisodeId id, @Nullable Integer versionNumber, @Nullable String reviewedOn) {
        AftercareEpisode episode = episode(id);
        if (versionNumber == null) {
            throw InvalidRequestException.forField("versionNumber", "Say which version you reviewed with the client.");
        }
        AftercareStore.PlanRow row = store.lock(id).orElseThrow(() -> new NotFoundException(
                "This episode has no aftercare plan yet."));
        AftercarePlan plan = assemble(row, episode);
        AftercareVersion version = plan.version(versionNumber).orElseThrow(() -> new NotFoundException(
                "The plan has no version " + versionNumber + "."));
        LocalDate day = reviewDay(reviewedOn, version);
        if (version.reviewed()) {
            if (day.equals(version.reviewedOn())) {
                return plan;
            }
            throw new ConflictException("Version " + versionNumber + " was reviewed with the client on "
                    + version.reviewedOn() + " already.");
        }
        if (versionNumber != plan.latest().orElseThrow().number()) {
            throw new AftercareConflictException("Version " + versionNumber + " is not the latest: read version "
                    + plan.latest().orElseThrow().number() + " with the client.", plan);
        }
        StepwiseUser user = currentUser.require();
        store.markReviewed(row.id(), versionNumber, day, user.staffId(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        store.bump(row.id());
        audit.record(AuditAction.UPDATE, episode.client(), SUBJECT, "episode " + id + ": version " + versionNumber
                + " reviewed with the client on " + day + ", sha256 " + version.contentHash());
        return assemble(store.find(id).orElseThrow(), episode);
    }

    /**
     * The latest version of the episode's plan in plain fields, for the discharge summary. No chart check and no audit
     * row: the caller checks access and audits what it shows.
     */
    @Transactional(readOnly = true)
    public Optional<AftercareOutline> outline(EpisodeId id) {
        return episodes.of(id).flatMap(episode -> store.find(id).flatMap(row -> store.versions(row.id()).stream()
                .reduce((a, b) -> b).map(v -> outline(episode, v))));
    }

    /** An episode of the client's and the latest version of its plan, if any. */
    public record EpisodePlan(AftercareEpisode episode, @Nullable AftercareVersion latest) {}

    /**
     * The client's episodes in treatment or discharged, the most recent admission first, each with its plan's latest
     * version (the chart's section); audited as one view.
     */
    @Transactional
    public List<EpisodePlan> forClient(ClientId client) {
        chartAccess.require(client);
        List<EpisodePlan> list = facts.factsOf(client).stream()
                .filter(f -> f.status() == EpisodeStatus.ADMITTED || f.status() == EpisodeStatus.DISCHARGED)
                .map(f -> episodes.of(f.id()).orElseThrow())
                .map(e -> new EpisodePlan(e, store.find(e.id()).flatMap(row -> store.versions(row.id()).stream()
                        .reduce((a, b) -> b)).orElse(null)))
                .toList();
        audit.record(AuditAction.VIEW, client, SUBJECT, list.stream().filter(p -> p.latest() != null).count()
                + " plan(s) of " + list.size() + " episode(s)");
        return list;
    }

    AftercarePlan assemble(AftercareStore.PlanRow row, AftercareEpisode episode) {
        return new AftercarePlan(row.id(), row.episode(), row.client(), row.version(), episode.part2(),
                store.versions(row.id()), store.handouts(row.id()), store.referrals(row.id()));
    }

    static AftercareOutline outline(AftercareEpisode episode, AftercareVersion v) {
        AftercareContent c = v.content();
        return new AftercareOutline(episode.id(), v.number(), c.nextLevel(), c.providerName(), c.providerPhone(),
                c.providerAddress(), c.firstAppointment(),
                c.supportGroups().stream().map(AftercareContent.SupportGroup::describe).toList(),
                c.alumniDescription(), c.prescriber(), c.medicationsContinued(), c.refillPlan(),
                c.referrals().stream().map(AftercareContent.Referral::describe).toList(), episode.crisisLines(),
                safetyPlan(c), c.crisisNotes(), v.reviewedOn());
    }

    /** "Safety plan version 2, signed by the client on 2026-05-01", or null. */
    public static @Nullable String safetyPlan(AftercareContent c) {
        return c.safetyPlanVersion() == null ? null : "Safety plan version " + c.safetyPlanVersion()
                + (c.safetyPlanSignedOn() == null ? "" : ", signed by the client on " + c.safetyPlanSignedOn());
    }

    /** The content with the client's safety plan in effect now (read through safety, which audits the view). */
    private AftercareContent withSafetyPlan(AftercareEpisode episode, AftercareContent typed) {
        Optional<RecoveryPlan> plan = recoveryPlans.view(episode.client(), RecoveryPlanKind.SAFETY);
        return plan.flatMap(RecoveryPlan::inEffect)
                .map(v -> typed.withSafetyPlan(v.number(), v.signature(RecoveryPlanSigner.CLIENT)
                        .map(s -> s.signedOn()).orElse(null)))
                .orElseGet(() -> typed.withSafetyPlan(null, null));
    }

    private LocalDate reviewDay(@Nullable String typed, AftercareVersion version) {
        LocalDate today = LocalDate.now(clock);
        if (typed == null || typed.isBlank()) {
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidRequestException.forField("reviewedOn", "Enter the date as yyyy-mm-dd.");
        }
        LocalDate written = LocalDate.ofInstant(version.createdAt(), clock.getZone());
        if (day.isAfter(today) || day.isBefore(written)) {
            throw InvalidRequestException.forField("reviewedOn", "The review with the client is between the day "
                    + "version " + version.number() + " was written (" + written + ") and today (" + today + ").");
        }
        return day;
    }

    static NotFoundException noEpisode() {
        return new NotFoundException("There is no such episode of care.");
    }
}
