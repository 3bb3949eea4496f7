package org.stepwise.signals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.stepwise.attendance.AttendanceFacts;
import org.stepwise.attendance.ClientWeek;
import org.stepwise.careplan.ObjectiveProgress;
import org.stepwise.careplan.PlanObjectives;
import org.stepwise.careplan.ReviewDue;
import org.stepwise.episodes.EpisodeFacts;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeStatus;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.measures.MeasureAdministration;
import org.stepwise.measures.MeasureHistory;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.shared.ClientId;
import org.stepwise.signals.rules.ClientFacts;

/**
 * Puts a client's {@link ClientFacts} together from the modules that own them, as the system: no chart check and no
 * audit row (nothing is shown to anyone here).
 */
@Component
class FactsReader {

    /** How many weeks back the missed-sessions rule looks. */
    static final int RECENT_WEEKS = 2;

    /** The facts, and the episode they are about. */
    record Read(EpisodeId episode, ClientFacts facts) {}

    private final EpisodeRecords episodes;
    private final MeasureHistory measures;
    private final AttendanceFacts attendance;
    private final PlanObjectives plans;
    private final AnnouncedFacts announced;
    private final SignalSettings settings;
    private final Clock clock;

    FactsReader(EpisodeRecords episodes, MeasureHistory measures, AttendanceFacts attendance, PlanObjectives plans,
            AnnouncedFacts announced, SignalSettings settings, Clock clock) {
        this.episodes = episodes;
        this.measures = measures;
        this.attendance = attendance;
        this.plans = plans;
        this.announced = announced;
        this.settings = settings;
        this.clock = clock;
    }

    /** The facts of the client's admitted episode; empty when they have none (waitlisted, discharged, never admitted). */
    Optional<Read> read(ClientId client) {
        // The current episode (waitlisted or admitted), from one read of the client's episodes.
        Optional<EpisodeFacts> current = episodes.factsOf(client).stream().filter(e -> e.status().isCurrent())
                .findFirst().filter(e -> e.status() == EpisodeStatus.ADMITTED);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        EpisodeFacts episode = current.get();
        EpisodeView view = episodes.forRules(episode.id()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        LocalDate scoresFrom = episode.admittedOn().minusDays(settings.baselineLookBackDays());

        List<ClientFacts.Score> scores = new ArrayList<>();
        List<MeasureAdministration> newestFirst = measures.forClient(client);
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            MeasureAdministration a = newestFirst.get(i);
            if (!a.administeredOn().isBefore(scoresFrom)) {
                Object use = a.extraScores().get("use");
                scores.add(new ClientFacts.Score(a.id().value(), a.instrument(), a.administeredOn(), a.total(),
                        a.band(), use instanceof Number n ? n.intValue() : null));
            }
        }

        List<ClientFacts.WeekHours> finished = new ArrayList<>();
        List<ClientFacts.SessionMark> recent = new ArrayList<>();
        readWeeks(episode, today, finished, recent);

        EpisodeView.Payer payer = view.payer();
        ClientFacts.Authorization authorization = null;
        if (payer != null && (payer.authorizedUnits() != null || payer.authorizationEnd() != null)) {
            int used = 0;
            if (payer.authorizedUnits() != null) {
                LocalDate from = payer.authorizationStart() == null ? episode.admittedOn() : payer.authorizationStart();
                LocalDate to = payer.authorizationEnd() == null || payer.authorizationEnd().isAfter(today) ? today
                        : payer.authorizationEnd();
                used = to.isBefore(from) ? 0 : attendance.attendedDays(client, from, to);
            }
            authorization = new ClientFacts.Authorization(payer.authorizationStart(), payer.authorizationEnd(),
                    payer.authorizedUnits(), used);
        }
        EpisodeView.Certification certification = view.certification();
        ClientFacts facts = new ClientFacts(today, client.value(), episode.admittedOn(), episode.plannedEnd(),
                certification == null ? null : certification.recertificationDue(), authorization,
                plans.reviewDue(episode.id(), today).map(ReviewDue::dueOn).orElse(null), scores, finished, recent,
                announced.screens(client, episode.id().value()), announced.latestHome(client, episode.id().value()),
                announced.alerts(client, clock.getZone()),
                plans.active(episode.id()).stream().map(o -> new ClientFacts.Objective(o.id(), o.text(),
                        o.progress() == ObjectiveProgress.MET)).toList());
        return Optional.of(new Read(episode.id(), facts));
    }

    /**
     * The full weeks of the stay that have ended (the last few the attendance rules look at) and the sessions of the
     * last weeks that have begun, in one read of the weeks.
     */
    private void readWeeks(EpisodeFacts episode, LocalDate today, List<ClientFacts.WeekHours> finished,
            List<ClientFacts.SessionMark> recent) {
        IsoWeek admissionWeek = IsoWeek.containing(episode.admittedOn());
        IsoWeek firstFull = admissionWeek.monday().equals(episode.admittedOn()) ? admissionWeek : admissionWeek.next();
        IsoWeek thisWeek = IsoWeek.containing(today);
        IsoWeek lastFinished = thisWeek.previous();
        IsoWeek endWeek = IsoWeek.containing(episode.plannedEnd());
        if (endWeek.compareTo(lastFinished) <= 0) {
            lastFinished = episode.plannedEnd().equals(endWeek.sunday()) ? endWeek : endWeek.previous();
        }
        IsoWeek from = thisWeek;
        for (int i = 0; i < Math.max(settings.attendanceWeeks(), RECENT_WEEKS); i++) {
            from = from.previous();
        }
        if (from.compareTo(admissionWeek) < 0) {
            from = admissionWeek;
        }
        if (from.compareTo(thisWeek) > 0) {
            return;
        }
        Instant now = clock.instant();
        for (ClientWeek week : attendance.weeks(episode, from, thisWeek)) {
            if (week.week().compareTo(firstFull) >= 0 && week.week().compareTo(lastFinished) <= 0) {
                finished.add(new ClientFacts.WeekHours(week.week().monday(), week.targetHours(), week.attendedHours()));
            }
            for (ClientWeek.Session s : week.sessions()) {
                if (s.cancelled() || !s.start().isBefore(now)) {
                    continue;
                }
                ClientFacts.Mark mark = s.attendance() == null ? ClientFacts.Mark.NOT_RECORDED
                        : s.attendance().status().isAbsence() ? ClientFacts.Mark.MISSED : ClientFacts.Mark.ATTENDED;
                recent.add(new ClientFacts.SessionMark(s.localStart().toLocalDate(), s.title(), mark));
            }
        }
    }
}
