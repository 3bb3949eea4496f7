package org.stepwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;

/** The hard rules of a booking besides seats and double booking: availability and the 19-hour IOP ceiling. */
class BookingRulesTests {

    /** Tuesday 24 November 2026. */
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final BigDecimal ONE = new BigDecimal("1.0");

    private static BookingRules.Slot slot(LocalDate day, String start, int minutes, BigDecimal hours) {
        LocalDateTime from = day.atTime(LocalTime.parse(start));
        return new BookingRules.Slot(from, from.plusMinutes(minutes), hours);
    }

    private static Availability availability(Set<DayOfWeek> days, DayPart part, Availability.BlockedTime... blocked) {
        return new Availability(new EpisodeId(UUID.randomUUID()), new ClientId(UUID.randomUUID()), days, part,
                List.of(blocked), null, null, null, List.of(), Instant.EPOCH, "test", 0);
    }

    @Test
    void withoutARecordedAvailabilityAnyTimeWillDo() {
        assertThat(BookingRules.availability("Maria", null, slot(TUESDAY, "10:00", 50, ONE))).isEmpty();
    }

    @Test
    void aDayTheClientDoesNotComeIsRefusedNamingTheDaysTheyDo() {
        Availability a = availability(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), DayPart.ANY);
        assertThat(BookingRules.availability("Maria", a, slot(TUESDAY, "10:00", 50, ONE)))
                .hasValue("Maria is not available on Tuesdays (available Monday, Wednesday and Thursday).");
        assertThat(BookingRules.availability("Maria", a, slot(TUESDAY.plusDays(1), "10:00", 50, ONE))).isEmpty();
    }

    @Test
    void theDayPartSplitsAt17() {
        Availability evening = availability(Set.of(DayOfWeek.TUESDAY), DayPart.EVENING);
        Availability day = availability(Set.of(DayOfWeek.TUESDAY), DayPart.DAY);
        assertThat(BookingRules.availability("Maria", evening, slot(TUESDAY, "16:45", 50, ONE)))
                .hasValue("Maria can come in the evening only (from 17:00); this session starts at 16:45.");
        assertThat(BookingRules.availability("Maria", evening, slot(TUESDAY, "17:00", 50, ONE))).isEmpty();
        assertThat(BookingRules.availability("Maria", day, slot(TUESDAY, "17:00", 50, ONE)))
                .hasValue("Maria can come during the day only (before 17:00); this session starts at 17:00.");
        assertThat(BookingRules.availability("Maria", day, slot(TUESDAY, "16:45", 50, ONE))).isEmpty();
    }

    @Test
    void blockedHoursRefuseAnOverlappingSessionWithTheirReasonButNotOneThatOnlyTouchesThem() {
        Availability a = availability(Set.of(DayOfWeek.TUESDAY), DayPart.ANY,
                new Availability.BlockedTime(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), "works"));
        assertThat(BookingRules.availability("Maria", a, slot(TUESDAY, "16:30", 50, ONE)))
                .hasValue("Maria is not available on Tuesdays from 09:00 to 17:00 (works).");
        assertThat(BookingRules.availability("Maria", a, slot(TUESDAY, "08:10", 50, ONE))).isEmpty();
        assertThat(BookingRules.availability("Maria", a, slot(TUESDAY, "17:00", 50, ONE))).isEmpty();
        assertThat(BookingRules.availability("Maria", a, slot(TUESDAY.plusDays(7), "10:00", 50, ONE)))
                .as("the same weekday a week later is blocked too").isPresent();
    }

    @Test
    void nineteenCountedHoursAreTheCeilingAndTheMessageSaysWhy() {
        assertThat(BookingRules.weeklyCeiling("Maria", slot(TUESDAY, "10:00", 50, ONE), new BigDecimal("18.0")))
                .isEmpty();
        assertThat(BookingRules.weeklyCeiling("Maria", slot(TUESDAY, "10:00", 25, new BigDecimal("0.5")),
                new BigDecimal("18.5"))).isEmpty();
        assertThat(BookingRules.weeklyCeiling("Maria", slot(TUESDAY, "10:00", 50, ONE), new BigDecimal("18.5")))
                .hasValue("Maria would be booked for 19.5 hours in 2026-W48, above the IOP ceiling of 19 (18.5 "
                        + "booked already; 20 or more a week is partial hospitalization).");
    }

    @Test
    void aSessionThatDoesNotCountNeverBreaksTheCeiling() {
        assertThat(BookingRules.weeklyCeiling("Maria", slot(TUESDAY, "18:00", 50, BigDecimal.ZERO),
                new BigDecimal("19.0"))).isEmpty();
    }

    @Test
    void allRefusalsAreListedAvailabilityFirst() {
        Availability a = availability(Set.of(DayOfWeek.MONDAY), DayPart.ANY);
        assertThat(BookingRules.refusals("Maria", a, slot(TUESDAY, "10:00", 50, ONE), new BigDecimal("19")))
                .hasSize(2)
                .first().asString().startsWith("Maria is not available on Tuesdays");
        assertThat(BookingRules.refusals("Maria", a, slot(TUESDAY.minusDays(1), "10:00", 50, ONE), BigDecimal.ZERO))
                .isEmpty();
    }

    @Test
    void aSessionRunningPastMidnightIsJudgedToTheEndOfItsFirstDay() {
        Availability a = availability(Set.of(DayOfWeek.TUESDAY), DayPart.ANY,
                new Availability.BlockedTime(DayOfWeek.TUESDAY, LocalTime.of(23, 45), LocalTime.of(23, 59), "sleep"));
        assertThat(BookingRules.availability("Maria", a, slot(TUESDAY, "23:30", 60, ONE))).isPresent();
    }
}
