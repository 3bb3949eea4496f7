package org.stepwise.aftercare;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeStatus;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.shared.ClientId;

/**
 * An episode as the aftercare pages need it: whose it is, whether a plan may be written for it, whether it is a Part 2
 * record, its site's crisis lines, its diagnoses and discharge.
 */
public record AftercareEpisode(EpisodeId id, ClientId client, EpisodeStatus status, boolean part2, String programName,
        LocalDate admittedOn, String levelAtAdmission, List<String> diagnoses, List<String> crisisLines,
        EpisodeView.@Nullable Discharge discharge) {

    public AftercareEpisode {
        diagnoses = List.copyOf(diagnoses);
        crisisLines = List.copyOf(crisisLines);
    }

    /** A plan is written in treatment or at discharge, and kept up while the client is followed afterwards. */
    public boolean planMayChange() {
        return status == EpisodeStatus.ADMITTED || status == EpisodeStatus.DISCHARGED;
    }
}
