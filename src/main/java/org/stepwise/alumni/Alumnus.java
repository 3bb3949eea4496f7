package org.stepwise.alumni;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;

/**
 * One line of the alumni roster as pages and the API show it.
 *
 * @param lastGroup the day of the last alumni group the client came to, or null when none yet
 * @param groupsLast90Days alumni groups attended in the 90 days up to today
 * @param chartOpen whether the signed-in user may open the client's chart (the name links to it only then)
 */
public record Alumnus(AlumnusId id, ClientId client, String name, String recordNumber, ProgramId program,
        String programName, EpisodeId sourceEpisode, DischargeType dischargeType, LocalDate dischargedOn,
        LocalDate joinedOn, boolean joinedByHand, AlumnusStatus status, @Nullable String leftReason,
        @Nullable LocalDate leftOn, boolean mayContact, @Nullable LocalDate lastGroup, int groupsLast90Days,
        boolean chartOpen, int version) {

    public boolean active() {
        return status == AlumnusStatus.ACTIVE;
    }
}
