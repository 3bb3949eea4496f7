package org.stepwise.notes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.TestClients;
import org.stepwise.attendance.AttendanceStatus;
import org.stepwise.attendance.CheckIn;
import org.stepwise.attendance.CheckIns;
import org.stepwise.careplan.TestPlans;
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
import org.stepwise.staff.NewStaff;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffManagement;
import org.stepwise.staff.StaffMember;

/**
 * A group of clients for notes tests, made through the services: a track of its own (the demo clinic is loaded too),
 * clients admitted into it with plan objectives ({@link TestPlans}), a group session that has taken place, bookings and
 * attendance; staff of their own when a test needs credentials.
 */
public final class NotesFixtures {

    public final JdbcClient jdbc;
    public final Clock clock;
    public final StaffDirectory staff;
    public final Admissions admissions;
    public final SessionPlanning planning;
    public final Bookings bookings;
    public final CheckIns checkIns;
    public final TrackId track;
    public final SiteId site;
    public final ZoneId zone;

    /** A client in the group: who, their episode and their objectives' ids. */
    public record Member(String family, ClientId client, EpisodeId episode, List<UUID> objectives) {}

    public NotesFixtures(JdbcClient jdbc, Clock clock, StaffDirectory staff, Admissions admissions,
            SessionPlanning planning, Bookings bookings, CheckIns checkIns, String programKind) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.staff = staff;
        this.admissions = admissions;
        this.planning = planning;
        this.bookings = bookings;
        this.checkIns = checkIns;
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO track (id, program_id, name, period, capacity)
                SELECT ?, id, ?, 'DAY', 60 FROM program WHERE kind = ? ORDER BY name LIMIT 1""")
                .params(id, "Notes track " + id.toString().substring(0, 8), programKind).update();
        this.track = new TrackId(id);
        this.site = new SiteId(jdbc.sql("SELECT p.site_id FROM track t JOIN program p ON p.id = t.program_id WHERE t.id = ?")
                .param(id).query(UUID.class).single());
        this.zone = ZoneId.of(jdbc.sql("SELECT timezone FROM site WHERE id = ?").param(site.value())
                .query(String.class).single());
    }

    public Member admit(String family, String... objectives) {
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, family));
        AdmissionDraft draft = new AdmissionDraft(null, track, LocalDate.now(clock).minusDays(10), 60,
                BigDecimal.valueOf(9), null, "F10.20", List.of(), null, null, null, null, null, null, null, null,
                List.of(), null);
        EpisodeId episode = SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admit(client, draft).episode());
        return new Member(family, client, episode, TestPlans.withObjectives(jdbc, clock, episode, objectives));
    }

    /** A 50-minute group that started {@code hoursAgo} hours ago at the track's site, led by {@code facilitator}. */
    public SessionId groupHoursAgo(StaffId facilitator, String title, long hoursAgo) {
        LocalDateTime start = LocalDateTime.now(clock.withZone(zone)).minusHours(hoursAgo).truncatedTo(ChronoUnit.MINUTES);
        return planning.create(new NewSession("GROUP_THERAPY", site, track, null, null, facilitator, title, start, 40,
                null));
    }

    /** Books everyone and records their attendance (each status in turn). */
    public void attend(SessionId session, Map<Member, AttendanceStatus> attendance) {
        attendance.forEach((member, status) -> SignedIn.as(staff, Role.FRONT_DESK, () -> {
            bookings.book(session, member.episode(), BookingSource.MANUAL, "test");
            return checkIns.record(session, new CheckIn(member.episode(), null, status,
                    status.needsMinutes() ? 30 : null, null));
        }));
    }

    /** A group of {@code present} clients present and {@code absent} clients absent, each with two objectives. */
    public Map<Member, AttendanceStatus> group(SessionId session, String prefix, int present, int absent) {
        Map<Member, AttendanceStatus> group = new LinkedHashMap<>();
        for (int i = 0; i < present; i++) {
            group.put(admit(prefix + "Present" + i, "Attend three groups a week " + prefix + i,
                    "Use one coping skill a day " + prefix + i), AttendanceStatus.PRESENT);
        }
        for (int i = 0; i < absent; i++) {
            group.put(admit(prefix + "Absent" + i, "Objective of an absent client " + i),
                    AttendanceStatus.UNEXCUSED_ABSENCE);
        }
        attend(session, group);
        return group;
    }

    /** A clinician of their own, with a credential that does or does not require co-signature (none if null). */
    public StaffMember clinician(StaffManagement management, String name, Boolean requiresCosignature) {
        String username = "n." + UUID.randomUUID().toString().substring(0, 8);
        StaffId id = SignedIn.as(staff, Role.ADMINISTRATOR, () -> management.create(new NewStaff(username, name,
                Role.CLINICIAN, null, null)));
        if (requiresCosignature != null) {
            jdbc.sql("""
                    INSERT INTO staff_credential (id, staff_id, licence_type, licence_number, issuing_state, expires_on,
                                                  requires_cosignature)
                    VALUES (?, ?, ?, ?, 'OR', ?, ?)""")
                    .params(UUID.randomUUID(), id.value(), requiresCosignature ? "LPC-Associate" : "LCSW",
                            UUID.randomUUID().toString().substring(0, 12), LocalDate.now(clock).plusYears(1),
                            requiresCosignature)
                    .update();
        }
        return staff.byId(id).orElseThrow();
    }

    /** Puts a staff member on a client's care team. */
    public void onCareTeam(StaffMember member, ClientId client) {
        jdbc.sql("""
                INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at)
                VALUES (?, ?, 'Therapist', now()) ON CONFLICT DO NOTHING""")
                .params(client.value(), member.id().value()).update();
    }

    public static List<Member> attending(Map<Member, AttendanceStatus> group) {
        List<Member> members = new ArrayList<>();
        group.forEach((m, s) -> {
            if (!s.isAbsence()) {
                members.add(m);
            }
        });
        return members;
    }
}
