package org.stepwise.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Whether the client's home supports their recovery, as a clinician assessed it on a day. */
public record HomeAssessment(UUID id, boolean supportsRecovery, String summary, LocalDate assessedOn,
        String assessedByName, Instant recordedAt) {}
