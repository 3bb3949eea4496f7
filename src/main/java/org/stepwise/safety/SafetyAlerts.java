package org.stepwise.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.safety.internal.AlertStore;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.NotFoundException;

/**
 * Safety alerts as people see and close them. Every method that shows an alert to the signed-in user checks the
 * care-team rule ({@link ChartAccess}) and writes the audit row in the same transaction; resolving one also publishes
 * {@link SafetyAlertResolved}.
 */
@Service
public class SafetyAlerts {

    /** How many resolved alerts a client's chart shows under the open ones. */
    public static final int RESOLVED_SHOWN = 5;
    /** The most alerts one list page shows. */
    public static final int LIST_LIMIT = 200;

    private final AlertStore store;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SafetyAlerts(AlertStore store, ChartAccess chartAccess, AuditLog audit, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A client's open alerts and the last few resolved ones, as shown on the chart; audited as a view.
     *
     * @throws NotFoundException for an unknown client; an access-denied exception outside the care team
     */
    @Transactional
    public List<SafetyAlert> viewForClient(ClientId client) {
        chartAccess.require(client);
        List<SafetyAlert> alerts = store.forClient(client, RESOLVED_SHOWN);
        audit.record(AuditAction.VIEW, client, "safety alerts",
                alerts.stream().filter(SafetyAlert::isOpen).count() + " open");
        return alerts;
    }

    /** One alert, for its page; audited as a view. */
    @Transactional
    public SafetyAlert view(SafetyAlertId id) {
        SafetyAlert alert = store.find(id).orElseThrow(() -> notFound(id));
        chartAccess.require(alert.client());
        audit.record(AuditAction.VIEW, alert.client(), "safety alert", alert.id().toString());
        return alert;
    }

    /**
     * The open alerts the signed-in user answers for: every one for program oversight, those of their care team's
     * clients for care-team bound roles, none for anyone else. One audit row per client shown.
     */
    @Transactional
    public List<SafetyAlert> openForMe() {
        StepwiseUser user = currentUser.require();
        List<SafetyAlert> alerts;
        if (user.can(Permission.PROGRAM_OVERSIGHT)) {
            alerts = store.open(null, LIST_LIMIT);
        } else if (user.role().isCareTeamBound() && user.can(Permission.CLINICAL_READ)) {
            alerts = store.open(user.staffId(), LIST_LIMIT);
        } else {
            alerts = List.of();
        }
        new LinkedHashSet<>(alerts.stream().map(SafetyAlert::client).toList()).forEach(client ->
                audit.record(AuditAction.VIEW, client, "safety alerts", "open alerts list"));
        return alerts;
    }

    /** How many open alerts {@link #openForMe} would show a user (for the Today page); reads no client data. */
    @Transactional(readOnly = true)
    public long countOpenFor(StepwiseUser user) {
        if (user.can(Permission.PROGRAM_OVERSIGHT)) {
            return store.countOpen(null);
        }
        if (user.role().isCareTeamBound() && user.can(Permission.CLINICAL_READ)) {
            return store.countOpen(user.staffId());
        }
        return 0;
    }

    /**
     * Records what was done about an alert, which closes it. Sending the same resolution again (a double click, a
     * retried request) changes nothing and returns the alert as resolved.
     *
     * @param version the version the user read (the form carries it); null to resolve whatever the current version
     * @throws NotFoundException for an unknown alert
     * @throws org.stepwise.shared.InvalidRequestException naming each field to fix
     * @throws ConflictException when the alert is already resolved differently, or was changed since it was read
     */
    @Transactional
    public SafetyAlert resolve(SafetyAlertId id, @Nullable Integer version, @Nullable String actionTaken,
            @Nullable AlertOutcome outcome) {
        SafetyAlert alert = store.find(id).orElseThrow(() -> notFound(id));
        chartAccess.require(alert.client());
        StepwiseUser user = currentUser.require();
        SafetyAlert.Resolution done = alert.resolution();
        if (done != null && done.by().equals(user.staffId()) && done.outcome() == outcome && actionTaken != null
                && done.actionTaken().equals(actionTaken.strip())) {
            return alert;
        }
        if (alert.isOpen() && version != null && version != alert.version()) {
            throw new ConflictException("Someone else changed this alert after you opened it. Open it again to see "
                    + "what changed; nothing was saved.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        SafetyAlertResolved resolved = alert.resolve(actionTaken, outcome, user.staffId(), now);
        if (!store.saveResolution(alert)) {
            throw new ConflictException("Someone else resolved or changed this alert at the same moment. Open it "
                    + "again to see what they recorded; nothing was saved.");
        }
        audit.record(AuditAction.UPDATE, alert.client(), "safety alert",
                "resolved " + alert.id() + ": " + Objects.requireNonNull(outcome).code());
        events.publishEvent(resolved);
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(SafetyAlertId id) {
        return new NotFoundException("There is no safety alert " + id + ".");
    }
}
