package org.stepwise.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.followup.internal.FollowUpRow;
import org.stepwise.followup.internal.FollowUpStore;
import org.stepwise.followup.internal.OutcomeFacts;
import org.stepwise.followup.rules.AttemptChecks;
import org.stepwise.followup.rules.ReEngagementRule;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * The follow-ups after discharge: the lists (one's own; every one for the director), one follow-up with its chart
 * check and audit row, each attempt at reaching the client with the outcome check, and re-engagement.
 */
@Service
public class FollowUps {

    /** The Today list shows what is due within this many days (and whatever is overdue). */
    public static final int DUE_WITHIN_DAYS = 7;
    public static final int LIST_LIMIT = 200;

    private final FollowUpStore store;
    private final OutcomeFacts facts;
    private final ClientRegistry registry;
    private final StaffDirectory staff;
    private final ChartAccess chartAccess;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    FollowUps(FollowUpStore store, OutcomeFacts facts, ClientRegistry registry, StaffDirectory staff,
            ChartAccess chartAccess, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.store = store;
        this.facts = facts;
        this.registry = registry;
        this.staff = staff;
        this.chartAccess = chartAccess;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Follow-ups still needing someone, oldest due first: the signed-in person's own, or (for the director, with
     * {@code everyone}) every one in the program. Each client listed is recorded in the audit log.
     */
    @Transactional
    public List<FollowUp> needingSomeone(boolean everyone) {
        StepwiseUser user = currentUser.require();
        if (everyone && !user.can(Permission.PROGRAM_OVERSIGHT)) {
            throw new AccessDeniedException("Only the program director sees every follow-up.");
        }
        List<FollowUp> list = views(store.needingSomeone(everyone ? null : user.staffId(), false, LIST_LIMIT));
        list.stream().map(FollowUp::client).distinct()
                .forEach(client -> audit.record(AuditAction.VIEW, client, "follow-ups", "follow-up list"));
        return list;
    }

    /** Every follow-up of the episode, for its chart and discharge pages; unaudited (the caller shows and audits). */
    @Transactional(readOnly = true)
    public List<FollowUp> ofEpisode(UUID episode) {
        return views(store.ofEpisode(episode));
    }

    /** What the Today card lists for {@code user}: theirs due within a week or overdue, or needing re-engagement. */
    @Transactional(readOnly = true)
    public List<FollowUp> dueFor(StepwiseUser user) {
        return views(store.dueFor(user.staffId(), LocalDate.now(clock).plusDays(DUE_WITHIN_DAYS)));
    }

    /** The director's counts: needing someone, overdue, given to no one, needing re-engagement. */
    @Transactional(readOnly = true)
    public FollowUpCounts counts() {
        return store.counts(LocalDate.now(clock));
    }

    /** Every follow-up needing re-engagement, oldest due first, for the director's card; unaudited (names only). */
    @Transactional(readOnly = true)
    public List<FollowUp> reEngagementNeeded() {
        return views(store.needingSomeone(null, true, LIST_LIMIT));
    }

    /**
     * One follow-up, after the chart check, with the view recorded in the audit log.
     *
     * @throws NotFoundException no such follow-up
     */
    @Transactional
    public FollowUp view(UUID id) {
        FollowUpRow row = store.find(id).orElseThrow(FollowUps::notFound);
        chartAccess.require(row.client());
        audit.record(AuditAction.VIEW, row.client(), "follow-up", row.daysAfter() + "-day follow-up " + id);
        return view(row);
    }

    /**
     * Records an attempt at reaching the client, and when reached the outcome check; then decides whether the client
     * needs re-engaging ({@link ReEngagementRule}). Sending the same attempt again right after it was saved (a double
     * click, a retried request) changes nothing.
     *
     * @throws InvalidRequestException naming each field to fix; nothing is saved
     * @throws ConflictException the follow-up changed since {@link AttemptRequest#version()}, or is closed
     */
    @Transactional
    public FollowUp recordAttempt(UUID id, AttemptRequest request) {
        FollowUpRow unlocked = store.find(id).orElseThrow(FollowUps::notFound);
        chartAccess.require(unlocked.client());
        FollowUpRow row = store.lock(id).orElseThrow(FollowUps::notFound);
        String by = currentUser.require().username();
        if (repeatsLastAttempt(row, request, by)) {
            return view(row);
        }
        Map<String, String> problems = AttemptChecks.problems(request);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Nothing was saved: " + String.join(" ", problems.values()), problems);
        }
        requireCurrent(row, request.version());
        if (!row.status().needsSomeone()) {
            throw new ConflictException("This follow-up is " + row.status().label().toLowerCase()
                    + " already; nothing was saved.");
        }
        AttemptResult result = Objects.requireNonNull(request.result());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.insertAttempt(id, result, request.strippedNote(), by, now);
        OutcomeCheck check = request.check();
        if (check != null && check.phq9Total() == null) {
            // No score asked on the call: a full PHQ-9 recorded since discharge speaks for the client instead.
            Integer recorded = facts.phq9Since(row.client(), row.dischargedOn());
            check = new OutcomeCheck(recorded, check.bamUseDays(), check.housing(), check.workOrSchool(),
                    check.hospitalSinceDischarge(), check.aftercare());
        }
        OutcomeCheck judged = check != null ? check : row.check();
        long notReaching = store.attempts(id).stream().filter(a -> a.result() != AttemptResult.REACHED).count();
        List<ReEngagementRule.Finding> findings = ReEngagementRule.findings(new ReEngagementRule.Facts(judged,
                facts.lastPhq9Of(row.client(), row.episodeId()), (int) notReaching));
        FollowUpStatus status = ReEngagementRule.statusAfter(judged, findings);
        store.update(id, status, findings, check, by, now);
        audit.record(AuditAction.UPDATE, row.client(), "follow-up", row.daysAfter() + "-day follow-up: "
                + result.label().toLowerCase() + (findings.isEmpty() ? "" : ", re-engagement needed"));
        return view(store.find(id).orElseThrow());
    }

    /**
     * Records what was done to re-engage the client, which closes the follow-up. Sending the same again changes
     * nothing.
     *
     * @throws InvalidRequestException no action chosen, or no note
     * @throws ConflictException the follow-up changed since {@code version}, or does not need re-engagement
     */
    @Transactional
    public FollowUp reEngaged(UUID id, @Nullable Integer version, @Nullable ReEngagementAction action,
            @Nullable String note) {
        FollowUpRow unlocked = store.find(id).orElseThrow(FollowUps::notFound);
        chartAccess.require(unlocked.client());
        FollowUpRow row = store.lock(id).orElseThrow(FollowUps::notFound);
        String text = note == null ? "" : note.strip();
        FollowUp.ReEngaged done = row.reengaged();
        if (done != null && done.action() == action && done.note().equals(text)) {
            return view(row);
        }
        Map<String, String> problems = AttemptChecks.reEngagementProblems(action, text);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Nothing was saved: " + String.join(" ", problems.values()), problems);
        }
        requireCurrent(row, version);
        if (row.status() != FollowUpStatus.REENGAGEMENT_NEEDED) {
            throw new ConflictException("This follow-up does not need re-engagement (it is "
                    + row.status().label().toLowerCase() + "); nothing was saved.");
        }
        String by = currentUser.require().username();
        store.reEngaged(id, Objects.requireNonNull(action), text, by, clock.instant().truncatedTo(ChronoUnit.MICROS));
        audit.record(AuditAction.UPDATE, row.client(), "follow-up", row.daysAfter() + "-day follow-up: re-engaged ("
                + action.label().toLowerCase() + ")");
        return view(store.find(id).orElseThrow());
    }

    private static void requireCurrent(FollowUpRow row, @Nullable Integer version) {
        if (version != null && version != row.version()) {
            throw new ConflictException("Someone else changed this follow-up after you opened it (it is at version "
                    + row.version() + " now). Open it again; nothing was saved.");
        }
    }

    /** The request repeats the last attempt, by the same person, saved right after the version they sent. */
    private boolean repeatsLastAttempt(FollowUpRow row, AttemptRequest request, String by) {
        if (request.version() == null || request.version() != row.version() - 1 || request.result() == null) {
            return false;
        }
        List<FollowUp.Attempt> attempts = store.attempts(row.id());
        if (attempts.isEmpty()) {
            return false;
        }
        FollowUp.Attempt last = attempts.getLast();
        return last.by().equals(by) && last.result() == request.result()
                && Objects.equals(last.note(), request.strippedNote())
                && (request.result() != AttemptResult.REACHED || Objects.equals(sameCheck(row.check()),
                        sameCheck(request.check())));
    }

    /** The parts of a check a person entered (the PHQ-9 may have come from a full PHQ-9 instead). */
    private static @Nullable List<Object> sameCheck(@Nullable OutcomeCheck check) {
        return check == null ? null : List.of(String.valueOf(check.bamUseDays()), check.housing(),
                check.workOrSchool(), check.hospitalSinceDischarge(), check.aftercare());
    }

    private FollowUp view(FollowUpRow row) {
        return views(List.of(row)).getFirst();
    }

    private List<FollowUp> views(Collection<FollowUpRow> rows) {
        Map<ClientId, ClientSummary> clients = registry.findAll(rows.stream().map(FollowUpRow::client).toList());
        Map<UUID, List<FollowUp.Attempt>> attempts = store.attempts(rows.stream().map(FollowUpRow::id).toList());
        // A list holds a few assignees many times over: look each one up once, not once per row.
        Map<StaffId, java.util.Optional<String>> names = new java.util.HashMap<>();
        return rows.stream().map(row -> {
            ClientSummary client = clients.get(row.client());
            StaffId assignee = row.assignedTo();
            String assigneeName = assignee == null ? null : names.computeIfAbsent(assignee,
                    id -> staff.byId(id).map(StaffMember::displayName)).orElse(null);
            return row.view(client == null ? "(deleted client)" : client.displayName(),
                    client == null ? "" : client.recordNumber(), assigneeName,
                    attempts.getOrDefault(row.id(), List.of()));
        }).toList();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("There is no such follow-up.");
    }
}
