package org.stepwise.attendance.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.Availability;
import org.stepwise.scheduling.BookingRules;

/**
 * Which sessions to suggest to make up missed hours: sessions of the client's track later in the same week, or in the
 * next week when the same week has none left, that count toward the hours, are not cancelled or full, start after now,
 * do not overlap anything the client is booked into, and fit their availability when they have one (judged as a
 * booking is, by {@link BookingRules#availability}). Earliest first.
 */
public final class MakeUpSessions {

    /** The most suggestions an alert carries. */
    public static final int LIMIT = 5;

    private MakeUpSessions() {}

    /** A session that might be suggested. */
    public record Candidate<I>(I id, Instant start, Instant end, LocalDateTime localStart, int minutes,
            BigDecimal countedHours, boolean cancelled, boolean full) {

        public Candidate {
            Objects.requireNonNull(id, "id");
        }
    }

    /** Something the client is booked into, {@code [start, end)}. */
    public record Busy(Instant start, Instant end) {}

    /**
     * @param sameWeek sessions of the client's track in the week of the alert
     * @param nextWeek sessions of the client's track in the following week, looked at only when none of the same week suit
     * @param availability empty when the client has no availability record: every time suits
     */
    public static <I> List<Candidate<I>> choose(List<Candidate<I>> sameWeek, List<Candidate<I>> nextWeek,
            List<Busy> busy, @Nullable Availability availability, Instant now) {
        List<Candidate<I>> chosen = suitable(sameWeek, busy, availability, now);
        if (chosen.isEmpty()) {
            chosen = suitable(nextWeek, busy, availability, now);
        }
        return chosen;
    }

    private static <I> List<Candidate<I>> suitable(List<Candidate<I>> candidates, List<Busy> busy,
            @Nullable Availability availability, Instant now) {
        return candidates.stream()
                .filter(c -> !c.cancelled() && !c.full() && c.countedHours().signum() > 0)
                .filter(c -> c.start().isAfter(now))
                .filter(c -> busy.stream().noneMatch(b -> c.start().isBefore(b.end()) && c.end().isAfter(b.start())))
                .filter(c -> BookingRules.availability("The client", availability, new BookingRules.Slot(c.localStart(),
                        c.localStart().plusMinutes(c.minutes()), c.countedHours())).isEmpty())
                .sorted(Comparator.comparing(Candidate::start))
                .limit(LIMIT)
                .toList();
    }
}
