package org.stepwise.attendance;

import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;

/**
 * A check-in as asked for, before it is checked: who (an episode or a client, exactly one), how they attended, and for
 * a correction the version of the record the caller saw.
 *
 * @param minutesAttended empty: the whole session for present and telehealth, 0 for an absence; required for late
 *     and left early
 * @param version the version of the current record the caller read; needed to change a record someone already made
 */
public record CheckIn(@Nullable EpisodeId episode, @Nullable ClientId client, @Nullable AttendanceStatus status,
        @Nullable Integer minutesAttended, @Nullable Integer version) {}
