package org.stepwise.scheduling.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.TestClients;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.NewSession;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;

/**
 * A small site of its own for planning tests, apart from the demo clinic: one program with a day track meeting Monday,
 * Wednesday and Thursday 10:00 to 13:00 (three 50-minute groups, capped at {@code cap}), two clinicians and a
 * prescriber, and admitted clients with a weekly target of 9 hours.
 */
final class PlanningClinic {

    static final List<DayOfWeek> DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);

    final UUID site = UUID.randomUUID();
    final UUID program = UUID.randomUUID();
    final UUID track = UUID.randomUUID();
    final UUID room = UUID.randomUUID();
    final List<UUID> clinicians = new ArrayList<>();
    final List<UUID> sessions = new ArrayList<>();
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanningClinic(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        String tag = site.toString().substring(0, 8);
        jdbc.sql("INSERT INTO site (id, name) VALUES (?, ?)").params(site, "Planning site " + tag).update();
        jdbc.sql("""
                INSERT INTO program (id, site_id, name, kind, default_weekly_hours, default_length_days)
                VALUES (?, ?, 'Planning IOP', 'MENTAL_HEALTH', 9, 84)""").params(program, site).update();
        jdbc.sql("INSERT INTO track (id, program_id, name, period, capacity) VALUES (?, ?, 'Day track', 'DAY', 40)")
                .params(track, program).update();
        jdbc.sql("INSERT INTO room (id, site_id, name, capacity) VALUES (?, ?, 'Group Room', 14)").params(room, site)
                .update();
        for (String role : List.of("CLINICIAN", "CLINICIAN", "PRESCRIBER")) {
            UUID staff = UUID.randomUUID();
            jdbc.sql("INSERT INTO staff (id, username, display_name, role, site_id) VALUES (?, ?, ?, ?, ?)")
                    .params(staff, "plan-" + staff.toString().substring(0, 12), "Planner " + role.toLowerCase(), role,
                            site)
                    .update();
            if (role.equals("CLINICIAN")) {
                clinicians.add(staff);
            }
        }
    }

    /** The week's nine groups, all facilitated by the first clinician, each capped at {@code cap}. */
    PlanningClinic groups(IsoWeek week, int cap, SessionPlanning planning) {
        for (DayOfWeek day : DAYS) {
            for (int block = 0; block < 3; block++) {
                LocalTime start = LocalTime.of(10 + block, 0);
                sessions.add(planning.create(new NewSession(block == 0 ? "GROUP_THERAPY" : "PSYCHOEDUCATION",
                        new SiteId(site), new TrackId(track), null, new RoomId(room), new StaffId(clinicians.getFirst()),
                        "Group " + day + " " + start, week.day(day).atTime(start), cap, null)).value());
            }
        }
        return this;
    }

    /** An admitted client with a 9-hour target, available on the given days in the day part. */
    UUID client(String family, List<DayOfWeek> days) {
        UUID client = TestClients.insert(jdbc, clock, family);
        UUID episode = UUID.randomUUID();
        LocalDate admitted = LocalDate.now(clock).minusDays(3);
        jdbc.sql("""
                INSERT INTO episode (id, client_id, program_id, track_id, status, admitted_on, planned_length_days,
                    planned_end, weekly_hours, level_of_care, diagnoses, created_at, created_by)
                VALUES (?, ?, ?, ?, 'ADMITTED', ?, 84, ?, ?, '2.1', ARRAY['F41.1'], ?, 'test')""")
                .params(episode, client, program, track, admitted, admitted.plusDays(84), new BigDecimal("9.0"),
                        OffsetDateTime.now(clock))
                .update();
        jdbc.sql("""
                INSERT INTO client_availability (episode_id, client_id, weekdays, day_part, individual_every_weeks,
                    updated_at, updated_by)
                VALUES (?, ?, ?, 'DAY', 1, ?, 'test')""")
                .params(episode, client, days.stream().map(DayOfWeek::getValue).toArray(Integer[]::new),
                        OffsetDateTime.now(clock))
                .update();
        return client;
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
