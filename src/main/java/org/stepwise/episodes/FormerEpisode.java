package org.stepwise.episodes;

import java.time.LocalDate;
import org.stepwise.shared.ClientId;

/**
 * Issue 7: a client's most recent ended episode, for recognising a former client referred again (intake's referral
 * page and board, the admission form).
 */
public record FormerEpisode(EpisodeId episode, ClientId client, String programName, DischargeType type,
        LocalDate dischargedOn) {}
