package org.stepwise.attendance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.TestClients;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.BookingSource;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.NewSession;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.SignedIn;

/**
 * A track of its own for each test (the demo clinic is loaded too, so tests never count whole tables), clients admitted
 * into it through {@link Admissions}, sessions through {@link SessionPlanning} and bookings through {@link Bookings}.
 */
final class AttendanceFixtures {

    final JdbcClient jdbc;
    final Clock clock;
    final StaffDirectory staff;
    final Admissions admissions;
    final SessionPlanning planning;
    final Bookings bookings;
    final TrackId track;
    final SiteId site;
    final ZoneId zone;
    final StaffId facilitator;

    AttendanceFixtures(JdbcClient jdbc, Clock clock, StaffDirectory staff, Admissions admissions,
            SessionPlanning planning, Bookings bookings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.staff = staff;
        this.admissions = admissions;
        this.planning = planning;
        this.bookings = bookings;
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO track (id, program_id, name, period, capacity)
                SELECT ?, id, ?, 'DAY', 60 FROM program ORDER BY name LIMIT 1""")
                .params(id, "Attendance track " + id.toString().substring(0, 8)).update();
        this.track = new TrackId(id);
        this.site = new SiteId(jdbc.sql("SELECT p.site_id FROM track t JOIN program p ON p.id = t.program_id WHERE t.id = ?")
                .param(id).query(UUID.class).single());
        this.zone = ZoneId.of(jdbc.sql("SELECT timezone FROM site WHERE id = ?").param(site.value())
                .query(String.class).single());
        this.facilitator = staff.activeWithRole(Role.CLINICIAN).getFirst().id();
    }

    /** Today at the track's site. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** A client admitted into the track with this weekly target; returns the episode. */
    EpisodeId admit(String family, int weeklyHours) {
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, family));
        AdmissionDraft draft = new AdmissionDraft(null, track, LocalDate.now(clock).minusDays(7), 60,
                BigDecimal.valueOf(weeklyHours), null, "F33.1", List.of(), null, null, null, null, null, null, null,
                null, List.of(), null);
        return SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admit(client, draft).episode());
    }

    ClientId clientOf(EpisodeId episode) {
        return new ClientId(jdbc.sql("SELECT client_id FROM episode WHERE id = ?").param(episode.value())
                .query(UUID.class).single());
    }

    /** A 50-minute group of the track at this local date and time. */
    SessionId group(LocalDateTime localStart, @Nullable Integer cap) {
        return planning.create(new NewSession("GROUP_THERAPY", site, track, null, null, facilitator,
                "Group " + localStart.toLocalTime(), localStart, cap, null));
    }

    SessionId groupToday(LocalTime at) {
        return group(today().atTime(at), null);
    }

    void book(SessionId session, EpisodeId episode) {
        SignedIn.as(staff, Role.FRONT_DESK, () -> bookings.book(session, episode, BookingSource.MANUAL, "test"));
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
