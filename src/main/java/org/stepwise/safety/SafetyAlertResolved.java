package org.stepwise.safety;

import java.time.Instant;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** A clinician recorded what was done about an alert, which closes it. */
public record SafetyAlertResolved(
        SafetyAlertId alert,
        ClientId client,
        AlertOutcome outcome,
        StaffId resolvedBy,
        Instant resolvedAt) {}
