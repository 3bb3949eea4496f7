package org.stepwise.episodes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeView.LengthChange;

/**
 * Issue 6, length of stay: an episode's planned length changed under its version, and the history of each change
 * (table {@code episode_length_change}). The episode's CHECK keeps {@code planned_end = admitted_on + length}.
 */
@Component
public class LengthChangeStore {

    private static final String SELECT = """
            SELECT from_days, to_days, from_end, to_end, changed_by, changed_at, reason
            FROM episode_length_change WHERE episode_id = ?""";

    private final JdbcClient jdbc;

    LengthChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the length if the episode is still at {@code version}; false when someone saved it first. */
    public boolean setLength(EpisodeId episode, int version, int days) {
        return jdbc.sql("""
                UPDATE episode SET planned_length_days = ?, planned_end = admitted_on + ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(days, days, episode.value(), version)
                .update() == 1;
    }

    public void append(EpisodeId episode, LengthChange change) {
        jdbc.sql("""
                INSERT INTO episode_length_change (episode_id, from_days, to_days, from_end, to_end, changed_by,
                                                   changed_at, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(episode.value(), change.fromDays(), change.toDays(), change.fromEnd(), change.toEnd(),
                        change.by(), OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC), change.reason())
                .update();
    }

    /** The episode's changes, oldest first. */
    public List<LengthChange> history(EpisodeId episode) {
        return jdbc.sql(SELECT + " ORDER BY id")
                .param(episode.value())
                .query(LengthChangeStore::map)
                .list();
    }

    /** The episode's latest change, if any. */
    public Optional<LengthChange> latest(EpisodeId episode) {
        return jdbc.sql(SELECT + " ORDER BY id DESC LIMIT 1")
                .param(episode.value())
                .query(LengthChangeStore::map)
                .optional();
    }

    private static LengthChange map(ResultSet rs, int n) throws SQLException {
        return new LengthChange(rs.getInt("from_days"), rs.getInt("to_days"), rs.getObject("from_end", LocalDate.class),
                rs.getObject("to_end", LocalDate.class), rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("reason"));
    }
}
