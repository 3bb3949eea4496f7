package org.stepwise.safety.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.safety.SafetyAlert;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** Alerts with the names a person reads beside them: the client's name and record number, who resolved it. */
@Component
class AlertViews {

    /** One alert as pages and the API show it. */
    record AlertView(SafetyAlert alert, String clientName, String recordNumber, @Nullable String resolvedBy) {}

    private final ClientRegistry clients;
    private final StaffDirectory staff;

    AlertViews(ClientRegistry clients, StaffDirectory staff) {
        this.clients = clients;
        this.staff = staff;
    }

    List<AlertView> of(List<SafetyAlert> alerts) {
        Map<ClientId, @Nullable ClientSummary> summaries = new HashMap<>();
        Map<StaffId, String> names = new HashMap<>();
        return alerts.stream().map(alert -> {
            ClientSummary summary = summaries.computeIfAbsent(alert.client(), id -> clients.find(id).orElse(null));
            SafetyAlert.Resolution resolution = alert.resolution();
            String resolvedBy = resolution == null ? null : names.computeIfAbsent(resolution.by(),
                    id -> staff.byId(id).map(StaffMember::displayName).orElse(id.toString()));
            return new AlertView(alert, summary == null ? "" : summary.displayName(),
                    summary == null ? "" : summary.recordNumber(), resolvedBy);
        }).toList();
    }

    AlertView of(SafetyAlert alert) {
        return of(List.of(alert)).getFirst();
    }
}
