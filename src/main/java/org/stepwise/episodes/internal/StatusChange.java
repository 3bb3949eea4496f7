package org.stepwise.episodes.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeStatus;

/** One move of an episode's status: from (empty for the first), to, who, when and why. */
public record StatusChange(@Nullable EpisodeStatus from, EpisodeStatus to, String by, Instant at, String reason) {}
