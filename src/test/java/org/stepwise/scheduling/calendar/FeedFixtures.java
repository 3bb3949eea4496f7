package org.stepwise.scheduling.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.SignedIn;
import org.stepwise.TestClients;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.BookingSource;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.Modality;
import org.stepwise.scheduling.NewSession;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * A client's week as the feeds see it, built through the scheduling services: a substance-use program's track with a
 * telling name, a facilitator of the test's own, two groups, an individual telehealth session whose title names the
 * client, a session that will be moved and one that will be cancelled, one two weeks ago and one beyond the feed's
 * window; another client booked into the first group. Everything is new, so the shared database's other rows never
 * matter.
 */
record FeedFixtures(JdbcClient jdbc, Clock clock, StaffDirectory staff, Admissions admissions,
        SessionPlanning planning, Bookings bookings) {

    /** What a test needs to find again. */
    record Week(ClientId client, String clientFamily, ClientId other, String otherFamily, StaffMember facilitator,
            String programName, String trackName, String siteName, String siteAddress, String roomName,
            SessionId group, SessionId individual, SessionId moved, SessionId cancelled, SessionId past,
            SessionId beyondWindow, List<String> titles) {}

    Week week() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var program = jdbc.sql("""
                SELECT p.id, p.name, s.id, s.name, s.address, s.timezone FROM program p JOIN site s ON s.id = p.site_id
                WHERE p.kind = 'SUBSTANCE_USE' ORDER BY p.name LIMIT 1""")
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getString(6)})
                .single();
        SiteId site = new SiteId((UUID) program[2]);
        ZoneId zone = ZoneId.of((String) program[5]);
        UUID track = UUID.randomUUID();
        String trackName = "Relapse Prevention Evening " + tag;
        jdbc.sql("INSERT INTO track (id, program_id, name, period, capacity) VALUES (?, ?, ?, 'EVENING', 40)")
                .params(track, program[0], trackName).update();
        UUID room = UUID.randomUUID();
        String roomName = "Room " + tag;
        jdbc.sql("INSERT INTO room (id, site_id, name, capacity) VALUES (?, ?, ?, 14)").params(room, site.value(), roomName)
                .update();
        StaffMember facilitator = newStaff(Role.CLINICIAN, "Dana Facilitator " + tag);

        String family = "Calloway" + tag;
        String otherFamily = "Quillfeather" + tag;
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, family));
        ClientId other = new ClientId(TestClients.insert(jdbc, clock, otherFamily));
        EpisodeId episode = admit(client, track);
        EpisodeId otherEpisode = admit(other, track);

        LocalDate monday = LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        RoomId inRoom = new RoomId(room);
        TrackId inTrack = new TrackId(track);
        List<String> titles = List.of("Relapse prevention: refusal skills " + tag, "Coping with cravings " + tag,
                "Stress management for recovery " + tag, "Individual therapy: Robin " + family,
                "Early recovery group " + tag, "Alumni night " + tag);
        SessionId group = session("GROUP_THERAPY", site, inTrack, inRoom, facilitator, titles.get(0),
                monday.atTime(LocalTime.of(10, 0)), null);
        SessionId individual = session("INDIVIDUAL", site, null, null, facilitator, titles.get(3),
                monday.plusDays(1).atTime(LocalTime.of(14, 0)), Modality.TELEHEALTH);
        SessionId moved = session("CBT_SKILLS", site, inTrack, inRoom, facilitator, titles.get(1),
                monday.plusDays(2).atTime(LocalTime.of(10, 0)), null);
        SessionId cancelled = session("PSYCHOEDUCATION", site, inTrack, inRoom, facilitator, titles.get(2),
                monday.plusDays(3).atTime(LocalTime.of(10, 0)), null);
        SessionId past = session("GROUP_THERAPY", site, inTrack, inRoom, facilitator, titles.get(4),
                monday.minusWeeks(2).atTime(LocalTime.of(10, 0)), null);
        SessionId beyond = session("GROUP_THERAPY", site, inTrack, inRoom, facilitator, titles.get(5),
                monday.plusWeeks(15).atTime(LocalTime.of(10, 0)), null);
        SignedIn.signIn(staff.activeWithRole(Role.FRONT_DESK).getFirst());
        try {
            for (SessionId s : List.of(group, individual, moved, cancelled, past, beyond)) {
                bookings.book(s, episode, BookingSource.MANUAL, "test");
            }
            bookings.book(group, otherEpisode, BookingSource.MANUAL, "test");
        } finally {
            SecurityContextHolder.clearContext();
        }
        return new Week(client, family, other, otherFamily, facilitator, (String) program[1], trackName,
                (String) program[3], (String) program[4], roomName, group, individual, moved, cancelled, past, beyond,
                titles);
    }

    /**
     * Moves a session an hour later, as a schedule change does (the change pages are another part of issue 4; this
     * writes what they write: the new times and a new version).
     */
    void moveAnHourLater(SessionId session) {
        jdbc.sql("""
                UPDATE session SET starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour',
                                   version = version + 1 WHERE id = ?""").param(session.value()).update();
    }

    /** Cancels a session as a schedule change does: status, reason and a new version; its bookings stay. */
    void cancel(SessionId session, String reason) {
        jdbc.sql("UPDATE session SET status = 'CANCELLED', cancel_reason = ?, version = version + 1 WHERE id = ?")
                .params(reason, session.value()).update();
    }

    /** A staff member of the test's own (no login: tests sign them in directly). */
    StaffMember newStaff(Role role, String displayName) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO staff (id, username, display_name, role) VALUES (?, ?, ?, ?)")
                .params(id, "cal-" + id.toString().substring(0, 8), displayName, role.name()).update();
        return staff.byId(new StaffId(id)).orElseThrow();
    }

    RequestPostProcessor as(Role role) {
        return SignedIn.as(staff, role);
    }

    private EpisodeId admit(ClientId client, UUID track) {
        StaffMember coordinator = staff.activeWithRole(Role.INTAKE_COORDINATOR).getFirst();
        StaffMember caseManager = staff.activeWithRole(Role.CASE_MANAGER).getFirst();
        SignedIn.signIn(coordinator);
        try {
            var draft = new AdmissionDraft(null, new TrackId(track), LocalDate.now(clock), 60, null, null, "F11.20",
                    List.of(), null, null, null, null, null, null, null, null,
                    List.of(new AdmissionDraft.CareTeamPick(caseManager.id(), "Case manager")), null);
            return admissions.admit(client, draft).episode();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private SessionId session(String type, SiteId site, TrackId track, RoomId room, StaffMember facilitator,
            String title, LocalDateTime start, Modality modality) {
        return planning.create(new NewSession(type, site, track, null, room, facilitator.id(), title, start, null,
                modality));
    }
}
