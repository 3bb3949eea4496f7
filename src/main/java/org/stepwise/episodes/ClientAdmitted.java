package org.stepwise.episodes;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A client was admitted into an episode of care; {@code referralId} names the referral it came from, if any. */
public record ClientAdmitted(UUID episodeId, UUID clientId, @Nullable UUID referralId, LocalDate admittedOn) {}
