package org.stepwise.safety.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.safety.rules.RandomScreenSchedule;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionStatus;
import org.stepwise.scheduling.SessionView;
import org.stepwise.shared.ClientId;

/**
 * Chooses each screened client's random screening days, once per episode and week, the first time anyone asks (the
 * due list, the Today card, the chart), from the days the client is booked to attend ({@link RandomScreenSchedule}
 * with a {@link SecureRandom}). The days are kept in {@code drug_screen_week} and only today's are ever shown.
 */
@Component
public class ScreenWeeks {

    private final DrugScreenStore store;
    private final Schedule schedule;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ScreenWeeks(DrugScreenStore store, Schedule schedule, Clock clock) {
        this.store = store;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Whether a screen is due today for the episode and none has been collected today yet. */
    public boolean dueToday(EpisodeId episode, ClientId client, LocalDate admittedOn, int perFourWeeks) {
        LocalDate today = LocalDate.now(clock);
        return daysThisWeek(episode, client, admittedOn, perFourWeeks).contains(today)
                && !store.screenedOn(episode, today);
    }

    /**
     * Of these screened episodes, those with a screen due today and none collected today yet, in the order given: the
     * chosen days and today's screens read for the whole set at once, days chosen only for episodes without them.
     */
    public List<DrugScreenStore.Screened> dueToday(List<DrugScreenStore.Screened> screened) {
        LocalDate today = LocalDate.now(clock);
        List<EpisodeId> ids = screened.stream().map(DrugScreenStore.Screened::episode).toList();
        Map<EpisodeId, List<LocalDate>> chosen = store.weeks(ids, monday(today));
        Set<EpisodeId> collected = store.screenedOn(ids, today);
        return screened.stream()
                .filter(s -> chosen.computeIfAbsent(s.episode(), e -> choose(e, s.client(), s.admittedOn(),
                        s.perFourWeeks())).contains(today))
                .filter(s -> !collected.contains(s.episode()))
                .toList();
    }

    /** This week's chosen days, choosing them now if nobody has yet. */
    List<LocalDate> daysThisWeek(EpisodeId episode, ClientId client, LocalDate admittedOn, int perFourWeeks) {
        return store.week(episode, monday(LocalDate.now(clock)))
                .orElseGet(() -> choose(episode, client, admittedOn, perFourWeeks));
    }

    /** Chooses this week's days for the episode and keeps them, unless someone chose them a moment ago. */
    private List<LocalDate> choose(EpisodeId episode, ClientId client, LocalDate admittedOn, int perFourWeeks) {
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = monday(today);
        List<LocalDate> attending = schedule.bookedBy(client, IsoWeek.containing(today)).stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED)
                .map(SessionView::localStart).map(java.time.LocalDateTime::toLocalDate).toList();
        List<LocalDate> chosen = RandomScreenSchedule.choose(monday, attending, today, admittedOn, perFourWeeks,
                random);
        return store.chooseWeek(episode, monday, chosen, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
