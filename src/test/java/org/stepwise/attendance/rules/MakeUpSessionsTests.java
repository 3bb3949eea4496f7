package org.stepwise.attendance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.Availability;
import org.stepwise.scheduling.BookingRules;
import org.stepwise.scheduling.DayPart;
import org.stepwise.shared.ClientId;

/** Which sessions suit a make-up: later, open, not clashing, within the client's availability; same week first. */
class MakeUpSessionsTests {

    /** Monday 23 November 2026, 12:00 (site time = UTC here). */
    private static final LocalDateTime NOON_MONDAY = LocalDateTime.of(2026, 11, 23, 12, 0);
    private static final Instant NOW = NOON_MONDAY.toInstant(ZoneOffset.UTC);

    private static MakeUpSessions.Candidate<String> session(String id, LocalDateTime start) {
        return candidate(id, start, false, false, BigDecimal.ONE);
    }

    private static MakeUpSessions.Candidate<String> candidate(String id, LocalDateTime start, boolean cancelled,
            boolean full, BigDecimal counted) {
        return new MakeUpSessions.Candidate<>(id, start.toInstant(ZoneOffset.UTC),
                start.plusMinutes(50).toInstant(ZoneOffset.UTC), start, 50, counted, cancelled, full);
    }

    private static MakeUpSessions.Busy busy(LocalDateTime start, int minutes) {
        return new MakeUpSessions.Busy(start.toInstant(ZoneOffset.UTC), start.plusMinutes(minutes).toInstant(ZoneOffset.UTC));
    }

    private static Availability availability(Set<DayOfWeek> days, DayPart part, List<Availability.BlockedTime> blocked) {
        return new Availability(new EpisodeId(UUID.randomUUID()), new ClientId(UUID.randomUUID()), days, part, blocked,
                null, null, null, List.of(), Instant.EPOCH, "test", 0);
    }

    /** Whether a session starting at {@code start} fits the availability, as {@link MakeUpSessions} judges it. */
    private static boolean fits(Availability availability, LocalDateTime start, int minutes) {
        return BookingRules.availability("The client", availability,
                new BookingRules.Slot(start, start.plusMinutes(minutes), BigDecimal.ONE)).isEmpty();
    }

    private static List<String> ids(List<MakeUpSessions.Candidate<String>> chosen) {
        return chosen.stream().map(MakeUpSessions.Candidate::id).toList();
    }

    @Test
    void laterOpenSessionsOfTheSameWeekComeFirstInTimeOrder() {
        var wed = session("wed", NOON_MONDAY.plusDays(2));
        var tue = session("tue", NOON_MONDAY.plusDays(1));
        var nextMon = session("next-mon", NOON_MONDAY.plusDays(7));
        assertThat(ids(MakeUpSessions.choose(List.of(wed, tue), List.of(nextMon), List.of(), null, NOW)))
                .containsExactly("tue", "wed");
    }

    @Test
    void pastCancelledFullAndNonCountingSessionsAreLeftOut() {
        List<MakeUpSessions.Candidate<String>> week = List.of(
                session("this-morning", NOON_MONDAY.minusHours(2)),
                candidate("cancelled", NOON_MONDAY.plusDays(1), true, false, BigDecimal.ONE),
                candidate("full", NOON_MONDAY.plusDays(2), false, true, BigDecimal.ONE),
                candidate("alumni", NOON_MONDAY.plusDays(3), false, false, BigDecimal.ZERO),
                session("thursday", NOON_MONDAY.plusDays(3).plusHours(1)));
        assertThat(ids(MakeUpSessions.choose(week, List.of(), List.of(), null, NOW))).containsExactly("thursday");
    }

    @Test
    void theNextWeekIsOfferedOnlyWhenNothingOfTheSameWeekSuits() {
        var full = candidate("full", NOON_MONDAY.plusDays(1), false, true, BigDecimal.ONE);
        var nextMon = session("next-mon", NOON_MONDAY.plusDays(7));
        var nextTue = session("next-tue", NOON_MONDAY.plusDays(8));
        assertThat(ids(MakeUpSessions.choose(List.of(full), List.of(nextTue, nextMon), List.of(), null, NOW)))
                .containsExactly("next-mon", "next-tue");
    }

    @Test
    void sessionsOverlappingTheClientsBookingsAreLeftOut() {
        var clash = session("clash", NOON_MONDAY.plusDays(1));
        var touching = session("touching", NOON_MONDAY.plusDays(1).plusMinutes(60));
        List<MakeUpSessions.Busy> booked = List.of(busy(NOON_MONDAY.plusDays(1).plusMinutes(30), 30));
        assertThat(ids(MakeUpSessions.choose(List.of(clash, touching), List.of(), booked, null, NOW)))
                .containsExactly("touching");
    }

    @Test
    void availabilityLimitsDaysDayPartAndBlockedHours() {
        Availability weekdaysMornings = availability(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), DayPart.DAY,
                List.of(new Availability.BlockedTime(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), "work")));
        LocalDateTime tuesday = NOON_MONDAY.plusDays(1).with(LocalTime.of(10, 0));
        LocalDateTime wednesday = NOON_MONDAY.plusDays(2).with(LocalTime.of(10, 0));
        LocalDateTime thursdayBlocked = NOON_MONDAY.plusDays(3).with(LocalTime.of(10, 30));
        LocalDateTime thursdayAfter = NOON_MONDAY.plusDays(3).with(LocalTime.of(11, 0));
        LocalDateTime tuesdayEvening = NOON_MONDAY.plusDays(1).with(LocalTime.of(18, 0));
        List<MakeUpSessions.Candidate<String>> week = List.of(session("tue", tuesday), session("wed", wednesday),
                session("thu-blocked", thursdayBlocked), session("thu-after", thursdayAfter),
                session("tue-evening", tuesdayEvening));
        assertThat(ids(MakeUpSessions.choose(week, List.of(), List.of(), weekdaysMornings, NOW)))
                .containsExactly("tue", "thu-after");
    }

    @Test
    void atMostFiveAreSuggested() {
        List<MakeUpSessions.Candidate<String>> many = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            many.add(session("s" + i, NOON_MONDAY.plusHours(i)));
        }
        assertThat(MakeUpSessions.choose(many, List.of(), List.of(), null, NOW)).hasSize(MakeUpSessions.LIMIT);
    }

    @Test
    void eveningStartsAtFivePm() {
        Availability evenings = availability(Set.of(DayOfWeek.values()), DayPart.EVENING, List.of());
        Availability days = availability(Set.of(DayOfWeek.values()), DayPart.DAY, List.of());
        LocalDateTime fiveToFive = NOON_MONDAY.with(LocalTime.of(16, 59));
        LocalDateTime five = NOON_MONDAY.with(LocalTime.of(17, 0));
        assertThat(fits(evenings, five, 50)).isTrue();
        assertThat(fits(evenings, fiveToFive, 50)).isFalse();
        assertThat(fits(days, fiveToFive, 50)).isTrue();
        assertThat(fits(days, five, 50)).isFalse();
        assertThat(fits(availability(Set.of(DayOfWeek.MONDAY), DayPart.ANY, List.of()), five, 50)).isTrue();
    }
}
