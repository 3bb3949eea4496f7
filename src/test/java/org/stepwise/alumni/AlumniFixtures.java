package org.stepwise.alumni;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.DischargeFixtures;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.Discharges;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * A program of the test's own (so its alumni roster and groups hold only what the test made), clients admitted to it
 * and discharged, and alumni groups on its schedule.
 */
record AlumniFixtures(JdbcClient jdbc, Clock clock, StaffDirectory staff, DischargeFixtures discharges,
        AlumniGroups groups) {

    AlumniFixtures(JdbcClient jdbc, Clock clock, StaffDirectory staff, Admissions admissions, Discharges discharges,
            AlumniGroups groups) {
        this(jdbc, clock, staff, new DischargeFixtures(jdbc, clock, staff, admissions, discharges), groups);
    }

    record Former(org.stepwise.shared.ClientId client, org.stepwise.episodes.EpisodeId episode) {}

    /** A new program at the demo clinic's first site, with one track. */
    ProgramAndTrack newProgram() {
        UUID program = UUID.randomUUID();
        UUID track = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO program (id, site_id, name, kind, default_weekly_hours, default_length_days)
                SELECT ?, id, ?, 'MENTAL_HEALTH', 9, 90 FROM site ORDER BY name LIMIT 1""")
                .params(program, "Alumni test program " + program.toString().substring(0, 8)).update();
        jdbc.sql("INSERT INTO track (id, program_id, name, period, capacity) VALUES (?, ?, 'Day', 'DAY', 12)")
                .params(track, program).update();
        return new ProgramAndTrack(new ProgramId(program), new TrackId(track));
    }

    record ProgramAndTrack(ProgramId program, TrackId track) {}

    /** A client admitted 40 days ago and discharged today with this type. */
    Former discharged(ProgramAndTrack where, String family, DischargeType type) {
        var admitted = discharges.admit(where.track(), family, 40);
        discharges.discharge(admitted.episode(), type, LocalDate.now(clock));
        return new Former(admitted.client(), admitted.episode());
    }

    /** Waits until every listener of the episode's discharge event has run. */
    void awaitListeners(org.stepwise.episodes.EpisodeId episode) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                SELECT count(*) FROM event_publication
                 WHERE completion_date IS NULL AND event_type LIKE '%ClientDischarged' AND serialized_event LIKE ?""")
                .param("%" + episode.value() + "%").query(Long.class).single() == 0);
    }

    /** The program's site's today. */
    LocalDate today(ProgramId program) {
        String zone = jdbc.sql("SELECT s.timezone FROM site s JOIN program p ON p.site_id = s.id WHERE p.id = ?")
                .param(program.value()).query(String.class).single();
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    /** An alumni group of the program today at 00:05 (so it has started), facilitated by the demo clinician. */
    SessionId groupToday(ProgramId program) {
        LocalDate today = today(program);
        var done = SignedIn.as(staff, Role.PROGRAM_DIRECTOR, () -> groups.schedule(new AlumniGroupRequest(program,
                today.getDayOfWeek().getValue(), LocalTime.of(0, 5), null,
                SignedIn.demoAccount(staff, Role.CLINICIAN).id(), 1, today)));
        return done.created().getFirst();
    }
}
