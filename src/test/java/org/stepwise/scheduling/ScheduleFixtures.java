package org.stepwise.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.TestClients;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;
import org.stepwise.staff.TrackPeriod;

/**
 * Tracks, rooms, facilitators, clients and sessions of each test's own. The database is shared with other tests
 * (the demo clinic and whatever they made), and a facilitator or room is busy across every track, so each test
 * makes fresh ones rather than use the demo's.
 */
public record ScheduleFixtures(JdbcClient jdbc, Clock clock, Admissions admissions, SessionPlanning planning,
        StaffDirectory staff) {

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A track of the demo clinic's first program (by name), with room for 50 clients. */
    public TrackId track(TrackPeriod period) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO track (id, program_id, name, period, capacity)
                SELECT ?, id, ?, ?, 50 FROM program ORDER BY name LIMIT 1""")
                .params(id, "Schedule test track " + NEXT.incrementAndGet(), period.name()).update();
        return new TrackId(id);
    }

    public SiteId siteOf(TrackId track) {
        return new SiteId(jdbc.sql("SELECT p.site_id FROM track t JOIN program p ON p.id = t.program_id WHERE t.id = ?")
                .param(track.value()).query(UUID.class).single());
    }

    /** A room at the track's site. */
    public RoomId room(TrackId track, int capacity) {
        return room(siteOf(track), capacity);
    }

    public RoomId room(SiteId site, int capacity) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO room (id, site_id, name, capacity) VALUES (?, ?, ?, ?)")
                .params(id, site.value(), "Test room " + NEXT.incrementAndGet(), capacity).update();
        return new RoomId(id);
    }

    /** A site of its own, with another site's rooms out of the track's reach. */
    public SiteId otherSite() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO site (id, name, timezone) VALUES (?, ?, 'America/Chicago')")
                .params(id, "Test site " + NEXT.incrementAndGet()).update();
        return new SiteId(id);
    }

    /** A new active staff member of the role (for facilitators: no one else's blocks or sessions). */
    public StaffId staff(Role role, String name) {
        UUID id = UUID.randomUUID();
        int n = NEXT.incrementAndGet();
        jdbc.sql("INSERT INTO staff (id, username, display_name, role) VALUES (?, ?, ?, ?)")
                .params(id, "sched-" + n + "-" + id.toString().substring(0, 6), name + " " + n, role.name()).update();
        return new StaffId(id);
    }

    public StaffId facilitator() {
        return staff(Role.CLINICIAN, "Facilitator");
    }

    public String nameOf(StaffId id) {
        return staff.byId(id).map(StaffMember::displayName).orElseThrow();
    }

    public ClientId client(String family) {
        return new ClientId(TestClients.insert(jdbc, clock, family));
    }

    /** Admits the client into the track (signed in as an intake coordinator for the call), weekly target 9 h. */
    public EpisodeId admit(ClientId client, TrackId track) {
        return SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admit(client, new AdmissionDraft(null,
                track, LocalDate.now(clock), 60, null, null, "F32.1", List.of(), null, null, null, null, null, null,
                null, null, List.of(), null)).episode());
    }

    /** A session of the track at a local time of its site. */
    public SessionId session(String type, TrackId track, RoomId room, StaffId facilitator, LocalDateTime start,
            Integer cap) {
        return planning.create(new NewSession(type, siteOf(track), track, null, room, facilitator, type + " test",
                start, cap, null));
    }

    /** The week after this one: its sessions are still to come. */
    public IsoWeek nextWeek() {
        return IsoWeek.containing(LocalDate.now(clock)).next();
    }

    public long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** A given staff member (a facilitator made by {@link #staff}). */
    public StaffMember member(StaffId id) {
        return staff.byId(id).orElseThrow();
    }
}
