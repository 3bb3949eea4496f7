package org.stepwise.safety.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.safety.AlertOutcome;
import org.stepwise.safety.SafetyAlert;
import org.stepwise.safety.SafetyAlertId;
import org.stepwise.safety.SafetyAlerts;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;

/** Safety alerts for integrations: the open ones the caller answers for, a client's, and the resolution. */
@RestController
class SafetyAlertApi {

    private final SafetyAlerts alerts;
    private final AlertViews views;

    SafetyAlertApi(SafetyAlerts alerts, AlertViews views) {
        this.alerts = alerts;
        this.views = views;
    }

    record ResolutionJson(String actionTaken, String outcome, String resolvedBy, String resolvedByName,
            Instant resolvedAt) {}

    record AlertJson(String id, String clientId, String recordNumber, String clientName, String administrationId,
            String instrument, LocalDate administeredOn, String severity, String reason, Instant openedAt,
            String status, int version, @Nullable ResolutionJson resolution) {}

    /** The body of a resolution; {@code version} is optional (send it to be told when someone else changed it). */
    record ResolutionBody(@Nullable Integer version, @Nullable String actionTaken, @Nullable String outcome) {}

    @GetMapping("/api/v1/safety/alerts")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    List<AlertJson> open() {
        return views.of(alerts.openForMe()).stream().map(SafetyAlertApi::json).toList();
    }

    @GetMapping("/api/v1/clients/{clientId}/safety-alerts")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    List<AlertJson> forClient(@PathVariable UUID clientId) {
        return views.of(alerts.viewForClient(new ClientId(clientId))).stream().map(SafetyAlertApi::json).toList();
    }

    @PostMapping("/api/v1/safety/alerts/{alertId}/resolution")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    AlertJson resolve(@PathVariable UUID alertId, @RequestBody ResolutionBody body) {
        AlertOutcome outcome = null;
        if (body.outcome() != null) {
            outcome = AlertOutcome.fromCode(body.outcome()).orElseThrow(() -> InvalidRequestException.forField(
                    "outcome", "outcome must be one of " + AlertOutcome.codes() + "."));
        }
        SafetyAlert resolved = alerts.resolve(new SafetyAlertId(alertId), body.version(), body.actionTaken(), outcome);
        return json(views.of(resolved));
    }

    private static AlertJson json(AlertViews.AlertView view) {
        SafetyAlert a = view.alert();
        SafetyAlert.Resolution r = a.resolution();
        return new AlertJson(a.id().toString(), a.client().toString(), view.recordNumber(), view.clientName(),
                a.administration().toString(), a.instrument(), a.administeredOn(), a.severity().code(), a.reason(),
                a.openedAt(), a.status().name().toLowerCase(java.util.Locale.ROOT), a.version(),
                r == null ? null : new ResolutionJson(r.actionTaken(), r.outcome().code(), r.by().toString(),
                        String.valueOf(view.resolvedBy()), r.at()));
    }

}
