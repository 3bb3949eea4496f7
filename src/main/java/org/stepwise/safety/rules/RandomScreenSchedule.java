package org.stepwise.safety.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Which days of a week a client gives a random drug screen. Screens fall on days the client attends (they are
 * collected at the program), chosen at random so that nobody can tell in advance which day it will be: the caller
 * passes a {@link java.security.SecureRandom} (a seeded generator in tests). Plain Java.
 * <ul>
 *   <li>The program's frequency is screens per four weeks: 4 is weekly, 8 twice a week, 2 every other week. A week
 *       gets {@code frequency / 4} screens, and one more with the chance of what is left (2 per four weeks: a screen
 *       in a week with chance one half, so a client cannot count on a week without one).
 *   <li>During the first {@value #EARLY_DAYS} days after admission a week with attendance always gets at least one
 *       (TIP 47: at least weekly early in treatment).
 *   <li>Only days from {@code from} (today when the week is planned mid-week, never before admission) to Sunday that
 *       the client attends can be chosen; never more screens than such days.
 * </ul>
 */
public final class RandomScreenSchedule {

    /** How long after admission at least one screen a week is required. */
    public static final int EARLY_DAYS = 30;
    /** The default frequency: weekly. */
    public static final int WEEKLY = 4;

    private RandomScreenSchedule() {}

    /**
     * @param monday the week's Monday
     * @param attendanceDays the days the client is booked to attend (any order, duplicates allowed)
     * @param from the first day that may be chosen (today, when the week is planned after it began)
     * @param admittedOn the day treatment started
     * @param perFourWeeks the program's frequency: screens per four weeks, 1 to 20
     * @return the chosen days, in date order
     */
    public static List<LocalDate> choose(LocalDate monday, Collection<LocalDate> attendanceDays, LocalDate from,
            LocalDate admittedOn, int perFourWeeks, RandomGenerator random) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(monday + " is not a Monday");
        }
        if (perFourWeeks < 1 || perFourWeeks > 20) {
            throw new IllegalArgumentException("frequency " + perFourWeeks + " is not 1 to 20 screens per four weeks");
        }
        LocalDate sunday = monday.plusDays(6);
        LocalDate first = max(max(monday, from), admittedOn);
        List<LocalDate> candidates = new ArrayList<>(attendanceDays.stream()
                .filter(d -> !d.isBefore(first) && !d.isAfter(sunday)).distinct().sorted().toList());
        if (candidates.isEmpty()) {
            return List.of();
        }
        int count = perFourWeeks / 4;
        int remainder = perFourWeeks % 4;
        if (remainder > 0 && random.nextInt(4) < remainder) {
            count++;
        }
        if (early(monday, admittedOn)) {
            count = Math.max(count, 1);
        }
        count = Math.min(count, candidates.size());
        List<LocalDate> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(candidates.remove(random.nextInt(candidates.size())));
        }
        return chosen.stream().sorted().toList();
    }

    /** Whether a week falls in the first {@value #EARLY_DAYS} days of treatment. */
    public static boolean early(LocalDate monday, LocalDate admittedOn) {
        return monday.isBefore(admittedOn.plusDays(EARLY_DAYS));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
