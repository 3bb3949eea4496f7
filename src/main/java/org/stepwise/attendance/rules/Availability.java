package org.stepwise.attendance.rules;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a client can come, as their availability record says: which weekdays, day or evening, and hours blocked by
 * work, school or care of others. A session belongs to the evening when it starts at 17:00 or later, to the day
 * otherwise (the optimizer's rule too: a 16:30 group that ends at 17:20 is a day group).
 */
public record Availability(Set<DayOfWeek> days, Part part, List<Blocked> blocked) {

    /** The start of the evening. */
    public static final LocalTime EVENING_FROM = LocalTime.of(17, 0);

    public enum Part { DAY, EVENING, ANY }

    /** Hours blocked on a weekday, {@code [from, to)}. */
    public record Blocked(DayOfWeek day, LocalTime from, LocalTime to) {

        public Blocked {
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("blocked time ends after it starts: " + from + "-" + to);
            }
        }
    }

    public Availability {
        days = Set.copyOf(days);
        blocked = List.copyOf(blocked);
        Objects.requireNonNull(part, "part");
    }

    /** Whether a session starting at {@code localStart} (the site's time) and lasting {@code minutes} suits the client. */
    public boolean fits(LocalDateTime localStart, int minutes) {
        if (!days.contains(localStart.getDayOfWeek())) {
            return false;
        }
        boolean evening = !localStart.toLocalTime().isBefore(EVENING_FROM);
        if (part == Part.DAY && evening || part == Part.EVENING && !evening) {
            return false;
        }
        LocalDateTime end = localStart.plusMinutes(minutes);
        for (Blocked b : blocked) {
            if (b.day() != localStart.getDayOfWeek()) {
                continue;
            }
            LocalDateTime from = localStart.toLocalDate().atTime(b.from());
            LocalDateTime to = localStart.toLocalDate().atTime(b.to());
            if (localStart.isBefore(to) && end.isAfter(from)) {
                return false;
            }
        }
        return true;
    }
}
