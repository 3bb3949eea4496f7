package org.stepwise.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stepwise.demo.SyntheticClinic.Availability;
import org.stepwise.demo.SyntheticClinic.BlockedTime;
import org.stepwise.demo.SyntheticClinic.Episode;
import org.stepwise.demo.SyntheticClinic.Period;
import org.stepwise.demo.SyntheticClinic.Track;

/**
 * Each admitted client's week: the day part of their track, most weekdays (a few are kept free by work or care of
 * others), sometimes an hour blocked by work or school, weekly individual therapy, family therapy every other week for
 * a third of them, and medication management every four weeks for half.
 */
final class AvailabilityGenerator {

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private AvailabilityGenerator() {}

    static List<Availability> generate(List<Episode> episodes, List<Track> tracks, Dice dice) {
        List<Availability> result = new ArrayList<>();
        for (Episode episode : episodes) {
            Period part = tracks.stream().filter(t -> t.id().equals(episode.track())).findFirst().orElseThrow().period();
            Set<DayOfWeek> days = EnumSet.copyOf(WEEKDAYS);
            if (dice.chance(0.3)) {
                days.remove(dice.pick(WEEKDAYS));
            }
            List<BlockedTime> blocked = new ArrayList<>();
            if (dice.chance(0.25)) {
                DayOfWeek day = dice.pick(List.copyOf(days));
                LocalTime from = part == Period.DAY ? LocalTime.of(12, 0) : LocalTime.of(20, 0);
                blocked.add(new BlockedTime(dice.uuid(), day, from, from.plusHours(1),
                        dice.pick(List.of("Work shift", "School pick-up", "Class"))));
            }
            result.add(new Availability(episode.id(), episode.client(), days, part, 1,
                    dice.chance(0.33) ? 2 : null, dice.chance(0.5) ? 4 : null, blocked));
        }
        return result;
    }
}
