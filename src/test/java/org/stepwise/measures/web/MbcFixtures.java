package org.stepwise.measures.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixtures of the tests of measurement-based care, made apart from the demo clinic so that schedules made here apply to
 * these clients only: a program of its own with one track, a client admitted into it with diagnoses, on a clinician's
 * care team.
 */
final class MbcFixtures {

    private MbcFixtures() {}

    record Program(UUID program, UUID track, UUID site) {}

    static Program program(JdbcClient jdbc) {
        UUID site = jdbc.sql("SELECT id FROM site ORDER BY name LIMIT 1").query(UUID.class).single();
        UUID program = UUID.randomUUID();
        UUID track = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO program (id, site_id, name, kind, default_weekly_hours, default_length_days)
                VALUES (?, ?, ?, 'CO_OCCURRING', 9, 56)""").params(program, site, "MBC " + program).update();
        jdbc.sql("INSERT INTO track (id, program_id, name, period, capacity) VALUES (?, ?, 'Day', 'DAY', 12)")
                .params(track, program).update();
        return new Program(program, track, site);
    }

    static UUID client(JdbcClient jdbc, String given, UUID clinician) {
        UUID client = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO client (id, record_number, given_name, family_name, date_of_birth, created_at, created_by,
                                    updated_at, updated_by)
                VALUES (?, 'SW-' || lpad(nextval('client_record_number_seq')::text, 6, '0'), ?, 'Measured',
                        DATE '1988-04-12', now(), 'test', now(), 'test')""").params(client, given).update();
        jdbc.sql("INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, 'Clinician', "
                + "now())").params(client, clinician).update();
        return client;
    }

    static UUID admit(JdbcClient jdbc, Program p, UUID client, LocalDate admittedOn, String... diagnoses) {
        UUID episode = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO episode (id, client_id, program_id, track_id, status, admitted_on, planned_length_days,
                                     planned_end, weekly_hours, level_of_care, diagnoses, created_at, created_by)
                VALUES (?, ?, ?, ?, 'ADMITTED', ?, 56, ?, 9, '2.1', ?::text[], now(), 'test')""")
                .params(episode, client, p.program(), p.track(), admittedOn, admittedOn.plusDays(56), diagnoses)
                .update();
        return episode;
    }

    static void schedule(JdbcClient jdbc, Program p, String instrument, String timing, String... diagnoses) {
        jdbc.sql("""
                INSERT INTO measure_schedule (id, program_id, track_id, instrument, timing, diagnoses,
                    overdue_after_days, active, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, NULL, ?, ?, ?::text[], 3, TRUE, now(), 'test', now(), 'test')""")
                .params(UUID.randomUUID(), p.program(), instrument, timing, diagnoses).update();
    }

    static void given(JdbcClient jdbc, UUID client, UUID by, String instrument, LocalDate on, int total) {
        jdbc.sql("""
                INSERT INTO measure_administration (id, client_id, instrument, definition_version, administered_on,
                    entered_by, answers, total, band, created_at)
                VALUES (?, ?, ?, '1', ?, ?, '{0}', ?, NULL, now())""")
                .params(UUID.randomUUID(), client, instrument, on, by, total).update();
    }
}
