package org.stepwise.careplan;

import java.time.LocalDate;
import java.util.UUID;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;

/** The last of the three signatures was given: this version of the client's plan is in effect from {@code effectiveOn}. */
public record PlanSigned(UUID plan, EpisodeId episode, ClientId client, int version, LocalDate effectiveOn) {}
