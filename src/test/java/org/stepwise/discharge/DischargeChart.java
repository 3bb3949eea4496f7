package org.stepwise.discharge;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.TestClients;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.measures.MeasureOptions;
import org.stepwise.measures.MeasureRecording;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * A client of the test's own with a chart to discharge: admitted {@value #DAYS_AGO} days ago into a mental-health
 * track with the demo clinician and the demo case manager on the care team; booked into group sessions (some attended,
 * one missed) and a medication session, written as rows the way scheduling and attendance store them; a PHQ-9 of
 * {@code 18} the day after admission and of {@code 9} two days ago, recorded through {@link MeasureRecording}.
 */
public record DischargeChart(JdbcClient jdbc, Clock clock, StaffDirectory staff, Admissions admissions,
        MeasureRecording measures) {

    public static final int DAYS_AGO = 20;

    /** One booked session of the fixture and what was recorded. */
    public record Booked(String sessionType, BigDecimal countedHours, BigDecimal attendedHours) {}

    /** The built chart, with the rows the expected figures are computed from. */
    public record Built(ClientId client, EpisodeId episode, List<Booked> booked) {

        public BigDecimal scheduled() {
            return booked.stream().map(Booked::countedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal attended() {
            return booked.stream().map(Booked::attendedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public Built build(String family) {
        return build(family, "F33.1");
    }

    public Built build(String family, String diagnosis) {
        StaffMember clinician = SignedIn.demoAccount(staff, Role.CLINICIAN);
        StaffMember caseManager = SignedIn.demoAccount(staff, Role.CASE_MANAGER);
        TrackId track = new TrackId(jdbc.sql("""
                SELECT t.id FROM track t JOIN program p ON p.id = t.program_id
                WHERE p.kind = 'MENTAL_HEALTH' ORDER BY t.name LIMIT 1""").query(UUID.class).single());
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, family));
        for (StaffMember member : List.of(clinician, caseManager)) {
            jdbc.sql("""
                    INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, ?, now())
                    ON CONFLICT DO NOTHING""").params(client.value(), member.id().value(), member.role().label())
                    .update();
        }
        LocalDate admitted = LocalDate.now(clock).minusDays(DAYS_AGO);
        AdmissionDraft draft = new AdmissionDraft(null, track, admitted, 90, new BigDecimal("9"), null, diagnosis,
                List.of(), null, null, null, null, null, null, null, null, List.of(), null);
        EpisodeId episode = SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admit(client, draft)
                .episode());
        List<Booked> booked = new ArrayList<>();
        booked.add(session(client, episode, track, clinician, "GROUP_THERAPY", admitted.plusDays(1), "PRESENT", 50));
        booked.add(session(client, episode, track, clinician, "GROUP_THERAPY", admitted.plusDays(2), "PRESENT", 50));
        booked.add(session(client, episode, track, clinician, "CBT_SKILLS", admitted.plusDays(3), "LATE", 30));
        booked.add(session(client, episode, track, clinician, "GROUP_THERAPY", admitted.plusDays(8),
                "UNEXCUSED_ABSENCE", 0));
        booked.add(session(client, episode, track, clinician, "MEDICATION", admitted.plusDays(9), "PRESENT", 25));
        // Booked and not yet held: it counts as scheduled, with nothing attended.
        booked.add(session(client, episode, track, clinician, "GROUP_THERAPY", admitted.plusDays(15), null, 0));
        SignedIn.as(clinician, () -> measures.record(client, "phq9", List.of(3, 3, 2, 2, 2, 2, 2, 2, 0),
                MeasureOptions.none(), admitted.plusDays(1)));
        SignedIn.as(clinician, () -> measures.record(client, "phq9", List.of(1, 1, 1, 1, 1, 1, 1, 2, 0),
                MeasureOptions.none(), LocalDate.now(clock).minusDays(2)));
        return new Built(client, episode, booked);
    }

    /** A session on {@code day} at 10:00 in the site's time, the client's booking, and the attendance when given. */
    private Booked session(ClientId client, EpisodeId episode, TrackId track, StaffMember facilitator, String type,
            LocalDate day, String status, int minutes) {
        UUID session = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO session (id, session_type_id, track_id, site_id, facilitator_id, title, week_start,
                                     starts_at, ends_at, cap, modality, status, created_at)
                SELECT ?, st.id, t.id, p.site_id, ?, st.name, date_trunc('week', ?::date)::date,
                       (?::date + time '10:00') AT TIME ZONE s.timezone,
                       (?::date + time '10:00') AT TIME ZONE s.timezone + make_interval(mins => st.duration_minutes),
                       st.cap, 'IN_PERSON', 'SCHEDULED', now()
                FROM session_type st, track t JOIN program p ON p.id = t.program_id JOIN site s ON s.id = p.site_id
                WHERE st.code = ? AND t.id = ?""")
                .params(session, facilitator.id().value(), day, day, day, type, track.value()).update();
        jdbc.sql("""
                INSERT INTO booking (id, session_id, client_id, episode_id, status, source, booked_at, booked_by)
                VALUES (?, ?, ?, ?, 'BOOKED', 'MANUAL', now(), 'test')""")
                .params(UUID.randomUUID(), session, client.value(), episode.value()).update();
        BigDecimal counted = jdbc.sql("SELECT counted_hours FROM session_type WHERE code = ?").param(type)
                .query(BigDecimal.class).single();
        BigDecimal attended = BigDecimal.ZERO;
        if (status != null) {
            int duration = jdbc.sql("SELECT duration_minutes FROM session_type WHERE code = ?").param(type)
                    .query(Integer.class).single();
            attended = counted.multiply(BigDecimal.valueOf(minutes))
                    .divide(BigDecimal.valueOf(duration), 2, java.math.RoundingMode.HALF_UP);
            jdbc.sql("""
                    INSERT INTO attendance (id, session_id, client_id, episode_id, status, minutes_attended,
                                            attended_hours, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'test', now())""")
                    .params(UUID.randomUUID(), session, client.value(), episode.value(), status, minutes, attended)
                    .update();
        }
        return new Booked(type, counted, attended);
    }
}
