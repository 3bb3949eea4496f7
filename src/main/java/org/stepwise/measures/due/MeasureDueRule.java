package org.stepwise.measures.due;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether a scheduled instrument is due for a client today, since when, and whether it is overdue. Plain Java, the one
 * place this is decided (the clinician's list, the group's list and the Today card all ask it).
 *
 * <ul>
 *   <li>An administration counts for the episode from {@value #ADMISSION_LOOKBACK_DAYS} days before admission: a
 *       screening at intake is the admission measure.</li>
 *   <li>{@code AT_ADMISSION}: due from the admission day until one counts.</li>
 *   <li>{@code WEEKLY} / {@code BIWEEKLY}: due 7 / 14 days after the last one that counts (exactly 7 days later is
 *       due), or from admission when there is none.</li>
 *   <li>{@code AT_DISCHARGE}: due from {@value #DISCHARGE_WINDOW_DAYS} days before the planned end until one is
 *       given in that window.</li>
 *   <li>{@code FOLLOW_UP}: due {@value #FOLLOW_UP_AFTER_DAYS} days after the episode ended, until one is given after
 *       the end. Every other timing stops when the episode ends.</li>
 *   <li>Overdue: still not given more than {@code overdueAfterDays} days after it became due.</li>
 * </ul>
 */
public final class MeasureDueRule {

    public static final int ADMISSION_LOOKBACK_DAYS = 14;
    public static final int DISCHARGE_WINDOW_DAYS = 7;
    public static final int FOLLOW_UP_AFTER_DAYS = 30;

    private MeasureDueRule() {}

    /**
     * The episode's dates the rule needs.
     *
     * @param endedOn the day the episode ended (discharge), or null while the client is in care
     */
    public record EpisodeDates(LocalDate admittedOn, LocalDate plannedEnd, @Nullable LocalDate endedOn) {}

    /**
     * A measure that is due.
     *
     * @param since the first day it was due
     * @param overdue true once more than the schedule's overdue days have passed since {@code since}
     * @param lastGiven the latest administration that counts for the episode, if any
     */
    public record Due(LocalDate since, boolean overdue, long daysDue, @Nullable LocalDate lastGiven) {}

    /**
     * @param administeredOn the days this instrument was given to the client (any order, any episode)
     */
    public static Optional<Due> due(MeasureTiming timing, int overdueAfterDays, EpisodeDates episode, LocalDate today,
            Collection<LocalDate> administeredOn) {
        if (episode.endedOn() != null && timing != MeasureTiming.FOLLOW_UP) {
            return Optional.empty();
        }
        LocalDate countsFrom = episode.admittedOn().minusDays(ADMISSION_LOOKBACK_DAYS);
        LocalDate last = administeredOn.stream().filter(d -> !d.isBefore(countsFrom) && !d.isAfter(today))
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate since = switch (timing) {
            case AT_ADMISSION -> last == null ? episode.admittedOn() : null;
            case WEEKLY -> periodic(episode, last, 7);
            case BIWEEKLY -> periodic(episode, last, 14);
            case AT_DISCHARGE -> {
                LocalDate opens = episode.plannedEnd().minusDays(DISCHARGE_WINDOW_DAYS);
                yield last != null && !last.isBefore(opens) ? null : opens;
            }
            case FOLLOW_UP -> {
                LocalDate ended = episode.endedOn();
                yield ended == null || (last != null && last.isAfter(ended)) ? null
                        : ended.plusDays(FOLLOW_UP_AFTER_DAYS);
            }
        };
        if (since == null || since.isAfter(today)) {
            return Optional.empty();
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(since, today);
        return Optional.of(new Due(since, days > overdueAfterDays, days, last));
    }

    private static LocalDate periodic(EpisodeDates episode, @Nullable LocalDate last, int periodDays) {
        if (last == null) {
            return episode.admittedOn();
        }
        LocalDate next = last.plusDays(periodDays);
        return next.isBefore(episode.admittedOn()) ? episode.admittedOn() : next;
    }
}
