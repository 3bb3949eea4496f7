package org.stepwise.episodes;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A client was admitted into a track: their episode of care is open from {@code admittedOn}. */
public record ClientAdmitted(UUID episodeId, UUID clientId, @Nullable UUID referralId, LocalDate admittedOn) {}
