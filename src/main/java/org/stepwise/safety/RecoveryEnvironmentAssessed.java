package org.stepwise.safety;

import java.time.LocalDate;
import java.util.UUID;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;

/**
 * A clinician recorded whether the client's home supports their recovery (seed 004: a home that does not is a reason to
 * step care up). Published in the transaction that saved the assessment.
 *
 * @param supportsRecovery false when the home does not support recovery (use in the home, conflict, no safe place)
 */
public record RecoveryEnvironmentAssessed(UUID assessment, ClientId client, EpisodeId episode, boolean supportsRecovery,
        String summary, LocalDate assessedOn) {}
