package org.stepwise.careplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.careplan.internal.ContentCompletion;
import org.stepwise.careplan.internal.PlanAssembler;
import org.stepwise.careplan.internal.PlanStore;
import org.stepwise.careplan.internal.ReviewStore;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * Reviews of a plan: progress on every active objective with a comment, revised wording or target dates where the
 * review says so, and a new version (a draft awaiting its signatures) written from them. The review day restarts the
 * program's review clock. Sending the same review (same id) again records it once.
 */
@Service
public class PlanReviews {

    private final EpisodeRecords episodes;
    private final PlanStore store;
    private final ReviewStore reviews;
    private final PlanAssembler assembler;
    private final ContentCompletion completion;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanReviews(EpisodeRecords episodes, PlanStore store, ReviewStore reviews, PlanAssembler assembler,
            ContentCompletion completion, AuditLog audit, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.episodes = episodes;
        this.store = store;
        this.reviews = reviews;
        this.assembler = assembler;
        this.completion = completion;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The plan after the review, and whether this call recorded it (false: the same review arrived before). */
    public record Reviewed(TreatmentPlan plan, boolean isNew) {}

    /**
     * Records a review of the plan's latest version and writes the next version from it.
     *
     * @throws InvalidRequestException naming every problem: a missing summary or progress, an unknown objective, a
     *     date in the future
     * @throws PlanConflictException when the plan changed since the reviewer opened it
     */
    @Transactional
    public Reviewed review(EpisodeId episode, NewReview submission) {
        EpisodeView view = TreatmentPlans.writable(episodes.episode(episode));
        StepwiseUser user = currentUser.require();
        PlanStore.PlanRow row = store.lock(episode).orElseThrow(() -> new NotFoundException(
                "This episode of care has no treatment plan to review yet."));
        if (submission.id() != null) {
            Optional<UUID> owner = reviews.planOf(submission.id());
            if (owner.isPresent()) {
                if (!owner.get().equals(row.id())) {
                    throw new ConflictException("Review id " + submission.id() + " belongs to another plan; send a "
                            + "new id.");
                }
                return new Reviewed(assembler.assemble(row, view), false);
            }
        }
        TreatmentPlan plan = assembler.assemble(row, view);
        PlanVersion latest = plan.latest().orElseThrow(() -> new NotFoundException("The plan has no version to review."));
        if (submission.planVersion() == null) {
            throw InvalidRequestException.forField("planVersion", "Send the plan's version you read.");
        }
        if (submission.planVersion() != row.version()) {
            throw new PlanConflictException("Someone changed this plan after you opened the review (version "
                    + latest.number() + ", last saved by " + latest.updatedBy() + "). Your entries are kept: check "
                    + "them against the plan as it is now, then record the review again.", plan);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate reviewedOn = day(submission.reviewedOn(), view, errors);
        String summary = submission.summary() == null ? "" : submission.summary().strip();
        if (summary.isEmpty()) {
            errors.put("summary", "Summarise the review: how the client is doing overall and what changes.");
        } else if (summary.length() > 2000) {
            errors.put("summary", "Keep the summary to 2000 characters or fewer.");
        }
        Map<UUID, Applied> applied = progress(submission.progress(), latest.content(), errors);
        PlanContent revised = revise(latest.content(), applied);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The review is not complete: " + errors.values().iterator().next(), errors);
        }
        PlanContent content = completion.complete(revised, view, store.objectiveIds(row.id()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int number = latest.number() + 1;
        store.insertVersion(row.id(), number, PlanVersion.Origin.REVIEWED, content, user.staffId(), now);
        PlanReview review = new PlanReview(submission.id() == null ? UUID.randomUUID() : submission.id(), reviewedOn,
                latest.number(), number, summary, applied.values().stream().map(Applied::record).toList(),
                user.displayName(), now);
        reviews.insert(row.id(), review, user.staffId());
        store.syncObjectives(row.id(), view.client(), content);
        PlanStore.PlanRow bumped = store.bump(row.id());
        audit.record(AuditAction.UPDATE, view.client(), "treatment plan", "reviewed on " + reviewedOn + ": version "
                + latest.number() + " → " + number);
        events.publishEvent(new PlanReviewed(row.id(), review.id(), episode, view.client(), reviewedOn, number));
        return new Reviewed(assembler.assemble(bumped, view), true);
    }

    /** One objective's review: the progress recorded and the objective as the new version words it. */
    private record Applied(PlanReview.Progress record, PlanContent.Objective objective) {}

    private Map<UUID, Applied> progress(List<NewReview.ObjectiveUpdate> updates, PlanContent content,
            Map<String, String> errors) {
        Map<UUID, PlanContent.Objective> current = new HashMap<>();
        content.objectives().forEach(o -> current.put(o.id(), o));
        Map<UUID, Applied> applied = new LinkedHashMap<>();
        for (int k = 0; k < updates.size(); k++) {
            NewReview.ObjectiveUpdate u = updates.get(k);
            String at = "progress[" + k + "]";
            PlanContent.Objective o = u.objectiveId() == null ? null : current.get(u.objectiveId());
            if (o == null) {
                errors.put(at + ".objectiveId", "This is not an objective of the plan's latest version.");
                continue;
            }
            ObjectiveProgress progress = parse(u.progress());
            if (progress == null) {
                errors.put(at + ".progress", "Choose the progress: NOT_STARTED, IN_PROGRESS, MET, REVISED or "
                        + "DISCONTINUED.");
                continue;
            }
            String comment = blankToNull(u.comment());
            if (comment != null && comment.length() > 1000) {
                errors.put(at + ".comment", "Keep the comment to 1000 characters or fewer.");
            }
            String text = blankToNull(u.text());
            if (text != null && text.length() > 500) {
                errors.put(at + ".text", "Keep the objective to 500 characters or fewer.");
            }
            LocalDate target = o.targetDate();
            if (blankToNull(u.targetDate()) != null) {
                try {
                    target = LocalDate.parse(u.targetDate().strip());
                } catch (DateTimeParseException e) {
                    errors.put(at + ".targetDate", "Enter the new target date as yyyy-mm-dd.");
                }
            }
            PlanContent.Objective now = new PlanContent.Objective(o.id(), text == null ? o.text() : text, target,
                    progress, comment);
            applied.put(o.id(), new Applied(new PlanReview.Progress(o.id(), o.text(), progress, comment), now));
        }
        content.objectives().filter(PlanContent.Objective::active).filter(o -> !applied.containsKey(o.id()))
                .findFirst().ifPresent(o -> errors.putIfAbsent("progress", "Record progress on every active "
                        + "objective; missing: " + o.text()));
        return applied;
    }

    private static PlanContent revise(PlanContent content, Map<UUID, Applied> applied) {
        List<PlanContent.Problem> problems = new ArrayList<>();
        for (PlanContent.Problem p : content.problems()) {
            problems.add(new PlanContent.Problem(p.code(), p.text(), p.goal(), p.objectives().stream()
                    .map(o -> applied.containsKey(o.id()) ? applied.get(o.id()).objective() : o).toList(),
                    p.interventions()));
        }
        return new PlanContent(problems, content.services());
    }

    private LocalDate day(@Nullable String typed, EpisodeView view, Map<String, String> errors) {
        LocalDate today = assembler.today();
        if (blankToNull(typed) == null) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(typed.strip());
            if (day.isAfter(today) || day.isBefore(view.admittedOn())) {
                errors.put("reviewedOn", "The review day lies between the admission (" + view.admittedOn()
                        + ") and today (" + today + ").");
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.put("reviewedOn", "Enter the review day as yyyy-mm-dd.");
            return today;
        }
    }

    private static @Nullable ObjectiveProgress parse(@Nullable String progress) {
        if (progress == null) {
            return null;
        }
        try {
            return ObjectiveProgress.valueOf(progress.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
