package org.stepwise.episodes;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Issue 7: a place came free on a full track (a discharge) and was offered to the first client waiting for it, to start
 * on {@code startsOn}. The intake coordinator confirms the admission from the track's roster.
 */
public record PlaceOffered(UUID waitlistEntryId, UUID episodeId, UUID clientId, UUID trackId, LocalDate startsOn) {}
