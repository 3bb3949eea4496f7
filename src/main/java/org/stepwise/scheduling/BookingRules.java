package org.stepwise.scheduling;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The hard rules a booking must keep besides a free seat and no double booking, in plain Java so that a person's
 * booking and the optimizer's plan are judged alike: the client's availability (weekdays, day or evening, blocked
 * hours) and the IOP ceiling of 19 counted hours a week (20 or more is partial hospitalization, iop-domain.md §1).
 * Each refusal is a sentence naming the client and the reason.
 */
public final class BookingRules {

    /** The most counted hours an IOP client may be booked for in one ISO week. */
    public static final BigDecimal IOP_WEEKLY_CEILING = new BigDecimal("19");

    private BookingRules() {}

    /**
     * A session as the rules see it, in the site's local time.
     *
     * @param countedHours what attending it counts toward the weekly hours (0 when it does not count)
     */
    public record Slot(LocalDateTime localStart, LocalDateTime localEnd, BigDecimal countedHours) {

        public static Slot of(SessionView session) {
            return new Slot(session.localStart(), session.localStart().plusMinutes(session.minutes()),
                    session.countedHours());
        }
    }

    /**
     * Every rule the booking would break, in the order a person would fix them; empty when it may go ahead.
     *
     * @param client the name to use in the messages
     * @param availability the client's availability; null when none is recorded (then any time will do)
     * @param bookedHours the counted hours the client is already booked for in the slot's week, this slot excluded
     */
    public static List<String> refusals(String client, @Nullable Availability availability, Slot slot,
            BigDecimal bookedHours) {
        List<String> refusals = new ArrayList<>();
        availability(client, availability, slot).ifPresent(refusals::add);
        weeklyCeiling(client, slot, bookedHours).ifPresent(refusals::add);
        return refusals;
    }

    /** Why the client cannot come to the slot, if they cannot: not on that weekday, not at that part of the day, or blocked. */
    public static Optional<String> availability(String client, @Nullable Availability availability, Slot slot) {
        if (availability == null) {
            return Optional.empty();
        }
        DayOfWeek day = slot.localStart().getDayOfWeek();
        LocalTime start = slot.localStart().toLocalTime();
        // A session running past midnight is judged on its first day, up to the end of that day.
        LocalTime end = slot.localEnd().toLocalDate().isAfter(slot.localStart().toLocalDate()) ? LocalTime.MAX
                : slot.localEnd().toLocalTime();
        if (!availability.weekdays().contains(day)) {
            return Optional.of(client + " is not available on " + plural(day) + " (available "
                    + days(availability) + ").");
        }
        if (!availability.dayPart().admits(start)) {
            return Optional.of(availability.dayPart() == DayPart.EVENING
                    ? client + " can come in the evening only (from " + DayPart.EVENING_STARTS + "); this session starts at " + start + "."
                    : client + " can come during the day only (before " + DayPart.EVENING_STARTS + "); this session starts at " + start + ".");
        }
        return availability.blocked().stream()
                .filter(b -> b.weekday() == day && b.overlaps(start, end))
                .findFirst()
                .map(b -> client + " is not available on " + plural(day) + " from " + b.from() + " to " + b.to()
                        + " (" + b.reason() + ").");
    }

    /** Why the slot would take the client above the weekly ceiling, if it would. */
    public static Optional<String> weeklyCeiling(String client, Slot slot, BigDecimal bookedHours) {
        BigDecimal total = bookedHours.add(slot.countedHours());
        if (slot.countedHours().signum() <= 0 || total.compareTo(IOP_WEEKLY_CEILING) <= 0) {
            return Optional.empty();
        }
        return Optional.of(client + " would be booked for " + hours(total) + " hours in "
                + IsoWeek.containing(slot.localStart().toLocalDate()) + ", above the IOP ceiling of "
                + hours(IOP_WEEKLY_CEILING) + " (" + hours(bookedHours) + " booked already; 20 or more a week is "
                + "partial hospitalization).");
    }

    private static String plural(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s";
    }

    private static String days(Availability availability) {
        List<String> names = availability.weekdays().stream().sorted(Comparator.naturalOrder())
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
