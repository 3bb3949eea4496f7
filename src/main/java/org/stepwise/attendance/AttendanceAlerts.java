package org.stepwise.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.attendance.internal.AttendanceAlertStore;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionView;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * Attendance alerts as people see and close them. The program director sees every open alert, care-team members those
 * of their clients; a client's alerts follow the chart-access rule. Every view is audited, and so is closing one.
 */
@Service
public class AttendanceAlerts {

    /** The most alerts one list shows. */
    public static final int LIST_LIMIT = 200;

    private final AttendanceAlertStore store;
    private final Schedule schedule;
    private final ClientRegistry registry;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AttendanceAlerts(AttendanceAlertStore store, Schedule schedule, ClientRegistry registry, ChartAccess chartAccess,
            AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.schedule = schedule;
        this.registry = registry;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The client's open alerts, oldest first, after the chart-access check; audited as a view. */
    @Transactional
    public List<AttendanceAlertView> openForClient(ClientId client) {
        chartAccess.require(client);
        List<AttendanceAlert> open = store.openForClient(client);
        audit.record(AuditAction.VIEW, client, "attendance alerts", open.size() + " open");
        return views(open);
    }

    /**
     * The open alerts the signed-in user answers for: every one for program oversight, those of their care team's
     * clients for care-team bound roles, none for anyone else. One audit row per client shown.
     */
    @Transactional
    public List<AttendanceAlertView> openForMe() {
        StepwiseUser user = currentUser.require();
        List<AttendanceAlert> open;
        if (user.can(Permission.PROGRAM_OVERSIGHT)) {
            open = store.open(null, LIST_LIMIT);
        } else if (user.role().isCareTeamBound()) {
            open = store.open(user.staffId(), LIST_LIMIT);
        } else {
            open = List.of();
        }
        new LinkedHashSet<>(open.stream().map(AttendanceAlert::client).toList())
                .forEach(client -> audit.record(AuditAction.VIEW, client, "attendance alerts", "open alerts list"));
        return views(open);
    }

    /** How many open alerts {@link #openForMe} would show (for the Today page); reads no client data. */
    @Transactional(readOnly = true)
    public long countOpenFor(StepwiseUser user) {
        if (user.can(Permission.PROGRAM_OVERSIGHT)) {
            return store.countOpen(null);
        }
        return user.role().isCareTeamBound() ? store.countOpen(user.staffId()) : 0;
    }

    /**
     * Closes an alert with a note of what was done or agreed. The same note again by the same person (a double click)
     * changes nothing.
     *
     * @param version the version the user read; null to close whatever the current version
     * @throws NotFoundException no such alert
     * @throws InvalidRequestException the note is missing, too long or not plain text ({@code note})
     * @throws ConflictException closed already by someone else, or changed since it was read
     */
    @Transactional
    public AttendanceAlert close(AttendanceAlertId id, @Nullable Integer version, @Nullable String note) {
        AttendanceAlert alert = store.find(id).orElseThrow(() -> notFound(id));
        chartAccess.require(alert.client());
        Map<String, String> problems = AttendanceAlert.problemsWithNote(note);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(String.join(" ", problems.values()), problems);
        }
        String text = Objects.requireNonNull(note).strip();
        StepwiseUser user = currentUser.require();
        AttendanceAlert.Closure done = alert.closure();
        if (done != null) {
            if (done.by().equals(user.username()) && done.note().equals(text)) {
                return alert;
            }
            throw new ConflictException("This alert was already closed by " + done.by() + " at " + done.at()
                    + " (\"" + done.note() + "\"); nothing was changed.");
        }
        if (version != null && version != alert.version()) {
            throw new ConflictException("Someone else changed this alert after you opened it. Open it again; nothing "
                    + "was saved.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AttendanceAlert closed = new AttendanceAlert(alert.id(), alert.client(), alert.episode(), alert.kind(),
                alert.week(), alert.reason(), alert.openedAt(),
                new AttendanceAlert.Closure(text, user.username(), now.isBefore(alert.openedAt()) ? alert.openedAt() : now),
                alert.version(), alert.suggested());
        if (!store.saveClosure(closed)) {
            throw new ConflictException("Someone else closed or changed this alert at the same moment. Open it again; "
                    + "nothing was saved.");
        }
        audit.record(AuditAction.UPDATE, alert.client(), "attendance alert", "closed " + alert.id() + ": " + text);
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    /** One alert (to find the client's week after closing it). No audit row: it names only ids. */
    @Transactional(readOnly = true)
    public AttendanceAlert find(AttendanceAlertId id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    private List<AttendanceAlertView> views(List<AttendanceAlert> alerts) {
        Map<ClientId, ClientSummary> names = registry.findAll(alerts.stream().map(AttendanceAlert::client).toList());
        Map<SessionId, SessionView> suggested = schedule.findAll(alerts.stream()
                        .flatMap(a -> a.suggested().stream()).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(SessionView::id, s -> s));
        return alerts.stream().map(a -> {
            ClientSummary summary = names.get(a.client());
            List<SessionView> makeUps = a.suggested().stream().map(suggested::get).filter(java.util.Objects::nonNull)
                    .toList();
            return new AttendanceAlertView(a, summary == null ? "" : summary.displayName(),
                    summary == null ? "" : summary.recordNumber(), makeUps);
        }).toList();
    }

    private static NotFoundException notFound(AttendanceAlertId id) {
        return new NotFoundException("There is no attendance alert " + id + ".");
    }
}
