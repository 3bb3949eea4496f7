package org.stepwise.alumni.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepwise.alumni.AlumnusId;
import org.stepwise.alumni.AlumnusStatus;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;

/** A row of {@code alumni_member}. */
public record MemberRow(AlumnusId id, ClientId client, ProgramId program, EpisodeId sourceEpisode,
        DischargeType dischargeType, LocalDate dischargedOn, LocalDate joinedOn, boolean joinedByHand,
        AlumnusStatus status, @Nullable String leftReason, @Nullable LocalDate leftOn, boolean mayContact,
        int version) {}
