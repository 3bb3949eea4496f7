package org.stepwise.attendance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.attendance.internal.WeekReader;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.episodes.EpisodeFacts;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeStatus;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/**
 * A client's week: scheduled and attended hours against the weekly target. It shows the schedule, not clinical notes,
 * but it is the client's data: the chart-access rule applies (front desk and directors by role, care-team members,
 * others with break-glass) and every view is audited.
 */
@Service
public class ClientWeeks {

    private final WeekReader reader;
    private final EpisodeRecords episodes;
    private final ChartAccess chartAccess;
    private final AuditLog audit;

    ClientWeeks(WeekReader reader, EpisodeRecords episodes, ChartAccess chartAccess, AuditLog audit) {
        this.reader = reader;
        this.episodes = episodes;
        this.chartAccess = chartAccess;
        this.audit = audit;
    }

    /**
     * The week under one episode's target.
     *
     * @throws NotFoundException no such episode
     */
    @Transactional
    public ClientWeek ofEpisode(EpisodeId id, IsoWeek week) {
        EpisodeFacts episode = episodes.facts(id)
                .orElseThrow(() -> new NotFoundException("There is no episode of care " + id + "."));
        chartAccess.require(episode.client());
        return audited(reader.week(episode, week));
    }

    /**
     * The week under the episode that covers it: the most recent admission whose planned stay overlaps the week, else
     * the client's current episode, else their latest. Empty when the client has no episode of care.
     *
     * @throws NotFoundException no such client
     */
    @Transactional
    public Optional<ClientWeek> ofClient(ClientId client, IsoWeek week) {
        chartAccess.require(client);
        Optional<EpisodeFacts> episode = episodeFor(episodes.factsOf(client), week);
        if (episode.isEmpty()) {
            audit.record(AuditAction.VIEW, client, "weekly hours", week + ": no episode of care");
            return Optional.empty();
        }
        return Optional.of(audited(reader.week(episode.get(), week)));
    }

    /** Which of the client's episodes (most recent admission first) a week is counted under. */
    static Optional<EpisodeFacts> episodeFor(List<EpisodeFacts> episodes, IsoWeek week) {
        Optional<EpisodeFacts> covering = episodes.stream()
                .filter(e -> e.status() == EpisodeStatus.ADMITTED || e.status() == EpisodeStatus.DISCHARGED)
                .filter(e -> !e.admittedOn().isAfter(week.sunday()) && !e.plannedEnd().isBefore(week.monday()))
                .max(Comparator.comparing(EpisodeFacts::admittedOn));
        if (covering.isPresent()) {
            return covering;
        }
        return episodes.stream().filter(e -> e.status().isCurrent()).findFirst().or(() -> episodes.stream().findFirst());
    }

    private ClientWeek audited(ClientWeek week) {
        audit.record(AuditAction.VIEW, week.client(), "weekly hours", week.week() + ": " + week.attendedHours()
                + " of " + week.targetHours() + " hours attended, " + week.scheduledHours() + " scheduled");
        return week;
    }
}
