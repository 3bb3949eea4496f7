package org.stepwise.episodes;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Issue 7: a client's episode of care ended. Published inside the discharge's transaction: scheduling's listener closes
 * the client's bookings after {@code dischargedOn} in that same transaction (a discharge never commits with seats still
 * held); follow-ups, alumni and signals listen after commit through the event registry.
 *
 * @param levelAtDischarge the level of care the client goes on to, or null when none was named
 */
public record ClientDischarged(UUID episodeId, UUID clientId, UUID programId, UUID trackId, DischargeType type,
        LocalDate dischargedOn, @Nullable String levelAtDischarge) {}
