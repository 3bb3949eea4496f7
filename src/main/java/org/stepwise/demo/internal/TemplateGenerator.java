package org.stepwise.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepwise.demo.SyntheticClinic.CurriculumTopic;
import org.stepwise.demo.SyntheticClinic.Period;
import org.stepwise.demo.SyntheticClinic.Program;
import org.stepwise.demo.SyntheticClinic.Room;
import org.stepwise.demo.SyntheticClinic.Staff;
import org.stepwise.demo.SyntheticClinic.TemplateBlock;
import org.stepwise.demo.SyntheticClinic.Track;
import org.stepwise.staff.Role;

/**
 * Track weeks as IOPs run them (iop-domain.md section 5): three 50-minute blocks with 10-minute breaks on as many days
 * as the program's weekly hours need (9 hours: three days; 12: four; 15: five), 10:00 to 13:00 for day tracks and 18:00 to 21:00 for evening tracks. The first block is a process group; the
 * second a psychoeducation workshop and the third a skills or holistic group, both taking the next curriculum topic.
 * Each block gets a group room and a facilitator from the track's site that are free at that time; a block for which
 * none is free is left out.
 */
final class TemplateGenerator {

    /** Spread so that a three-day track meets Monday, Wednesday and Thursday, a four-day one adds Tuesday. */
    private static final List<DayOfWeek> DAY_ORDER = List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);
    private static final List<String> THIRD_BLOCK = List.of("CBT_SKILLS", "DBT_SKILLS", "MINDFULNESS", "ART_THERAPY");
    private static final List<String> TOPICS = List.of("Emotional regulation", "Relapse prevention",
            "Interpersonal skills", "Stress management", "Communication", "Coping with cravings", "Sleep and routine");
    private static final Set<Role> FACILITATORS = Set.of(Role.CLINICIAN, Role.PROGRAM_DIRECTOR, Role.CASE_MANAGER);

    record Templates(List<TemplateBlock> blocks, List<CurriculumTopic> topics) {}

    private TemplateGenerator() {}

    static Templates generate(List<Program> programs, List<Track> tracks, List<Room> rooms, List<Staff> staff,
            Dice dice) {
        List<TemplateBlock> blocks = new ArrayList<>();
        List<CurriculumTopic> topics = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int t = 0; t < tracks.size(); t++) {
            Track track = tracks.get(t);
            Program program = EpisodeGenerator.programOf(track, programs);
            List<Room> groupRooms = rooms.stream()
                    .filter(r -> r.site().equals(program.site()) && r.name().startsWith("Group Room")).toList();
            List<Staff> facilitators = staff.stream()
                    .filter(s -> s.active() && program.site().equals(s.site()) && FACILITATORS.contains(s.role()))
                    .toList();
            int dayCount = Math.clamp((int) Math.ceil(program.defaultWeeklyHours().doubleValue() / 3), 3, 5);
            List<DayOfWeek> days = DAY_ORDER.subList(0, dayCount);
            LocalTime first = track.period() == Period.DAY ? LocalTime.of(10, 0) : LocalTime.of(18, 0);
            for (DayOfWeek day : days) {
                for (int b = 0; b < 3; b++) {
                    LocalTime start = first.plusHours(b);
                    Room room = free(groupRooms, r -> "room " + r.id() + day + start, taken, dice);
                    Staff facilitator = free(facilitators, s -> "staff " + s.id() + day + start, taken, dice);
                    if (room == null || facilitator == null) {
                        continue;
                    }
                    String type = switch (b) {
                        case 0 -> "GROUP_THERAPY";
                        case 1 -> "PSYCHOEDUCATION";
                        default -> dice.pick(THIRD_BLOCK);
                    };
                    blocks.add(new TemplateBlock(dice.uuid(), track.id(), day, start, type, room.id(),
                            facilitator.id(), b > 0));
                }
            }
            List<String> curriculum = new ArrayList<>(TOPICS);
            dice.shuffle(curriculum);
            for (int i = 0; i < 5; i++) {
                topics.add(new CurriculumTopic(dice.uuid(), track.id(), i + 1, curriculum.get(i)));
            }
        }
        return new Templates(blocks, topics);
    }

    /** The first candidate (from a random start) not yet taken at this time; marks it taken. */
    private static <T> @Nullable T free(List<T> candidates, java.util.function.Function<T, String> key, Set<String> taken,
            Dice dice) {
        if (candidates.isEmpty()) {
            return null;
        }
        int start = dice.between(0, candidates.size() - 1);
        for (int i = 0; i < candidates.size(); i++) {
            T candidate = candidates.get((start + i) % candidates.size());
            if (taken.add(key.apply(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
