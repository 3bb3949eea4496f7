package org.stepwise.episodes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 7: a readmission: the dates of the episode it follows, and whether the client came back within 30 days of that
 * discharge (the usual readmission measure). The clinic's rule lives here, beside the episodes, not in a page; the
 * episodes panel shows it.
 */
public record Readmission(LocalDate previousAdmittedOn, LocalDate previousDischargedOn, boolean within30Days) {

    public static final int WINDOW_DAYS = 30;

    /** For each readmission among the client's episodes, keyed by the new episode's id. */
    public static Map<EpisodeId, Readmission> of(List<EpisodeView> episodes) {
        Map<EpisodeId, EpisodeView> byId = new HashMap<>();
        episodes.forEach(e -> byId.put(e.id(), e));
        Map<EpisodeId, Readmission> links = new HashMap<>();
        for (EpisodeView e : episodes) {
            EpisodeView previous = e.previousEpisode() == null ? null : byId.get(e.previousEpisode());
            if (previous != null && previous.discharge() != null) {
                LocalDate ended = previous.discharge().dischargedOn();
                long gap = ChronoUnit.DAYS.between(ended, e.admittedOn());
                links.put(e.id(), new Readmission(previous.admittedOn(), ended, gap >= 0 && gap <= WINDOW_DAYS));
            }
        }
        return links;
    }
}
