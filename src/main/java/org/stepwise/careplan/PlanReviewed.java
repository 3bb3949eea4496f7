package org.stepwise.careplan;

import java.time.LocalDate;
import java.util.UUID;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;

/** A clinician reviewed the client's plan: progress is recorded and {@code newVersion} awaits its signatures. */
public record PlanReviewed(UUID plan, UUID review, EpisodeId episode, ClientId client, LocalDate reviewedOn,
        int newVersion) {}
