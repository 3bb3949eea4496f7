package org.stepwise.episodes;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Clients and tracks of their own for each test: the demo clinic is loaded too, so tests never count whole tables. */
record EpisodeFixtures(JdbcClient jdbc, Clock clock) {


    UUID newClient(String family) {
        return org.stepwise.TestClients.insert(jdbc, clock, family);
    }

    /** A track with the given capacity in the demo clinic's first program (by name); returns its id. */
    UUID newTrack(int capacity) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO track (id, program_id, name, period, capacity)
                SELECT ?, id, ?, 'DAY', ? FROM program ORDER BY name LIMIT 1""")
                .params(id, "Test track " + id.toString().substring(0, 8), capacity).update();
        return id;
    }

    UUID programOf(UUID track) {
        return jdbc.sql("SELECT program_id FROM track WHERE id = ?").param(track).query(UUID.class).single();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
