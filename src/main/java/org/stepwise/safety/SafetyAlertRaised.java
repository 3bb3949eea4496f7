package org.stepwise.safety;

import java.time.Instant;
import org.stepwise.measures.MeasureAdministrationId;
import org.stepwise.shared.ClientId;

/** A safety flag in an administration opened an alert for the client's care team. */
public record SafetyAlertRaised(
        SafetyAlertId alert,
        ClientId client,
        MeasureAdministrationId administration,
        Severity severity,
        String reason,
        Instant openedAt) {}
