package org.stepwise.episodes.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;

/**
 * Track waitlists (table waitlist_entry). Callers hold the track's lock ({@link EpisodeStore#lockTrack}) for every
 * change, so positions are handed out and closed up one change at a time and stay 1, 2, 3... without gaps.
 */
@Repository
public class WaitlistStore {

    private final JdbcClient jdbc;

    WaitlistStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An entry on a waitlist; {@code position} is empty once the client has left the list. */
    public record Entry(UUID id, EpisodeId episode, TrackId track, ClientId client, LocalDate requestedOn,
            @Nullable Integer position, @Nullable LocalDate expectedStart, String status,
            // Issue 7: a place offered to this client, to start on this day (null: no offer yet).
            @Nullable LocalDate offeredStart) {}

    /** Adds the client at the end of the list and returns their position. */
    public int append(UUID id, EpisodeId episode, TrackId track, ClientId client, LocalDate requestedOn, Instant at) {
        int position = jdbc.sql("SELECT count(*) + 1 FROM waitlist_entry WHERE track_id = ? AND status = 'WAITING'")
                .param(track.value()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO waitlist_entry (id, episode_id, track_id, client_id, requested_on, position, status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'WAITING', ?)""")
                .params(id, episode.value(), track.value(), client.value(), requestedOn, position,
                        EpisodeStore.timestamp(at))
                .update();
        return position;
    }

    /** The track's waiting entries, first in line first. */
    public List<Entry> waiting(TrackId track) {
        return jdbc.sql("SELECT * FROM waitlist_entry WHERE track_id = ? AND status = 'WAITING' ORDER BY position")
                .param(track.value()).query(WaitlistStore::entry).list();
    }

    /** Issue 7: how many waiting clients have been offered a place and are still to be admitted, over every track. */
    public long countOffered() {
        return jdbc.sql("SELECT count(*) FROM waitlist_entry WHERE status = 'WAITING' AND offered_start IS NOT NULL")
                .query(Long.class).single();
    }

    public Optional<Entry> find(UUID id) {
        return jdbc.sql("SELECT * FROM waitlist_entry WHERE id = ?").param(id).query(WaitlistStore::entry).optional();
    }

    public Optional<Entry> forEpisode(EpisodeId episode) {
        return jdbc.sql("SELECT * FROM waitlist_entry WHERE episode_id = ?").param(episode.value())
                .query(WaitlistStore::entry).optional();
    }

    /**
     * Takes an entry off the list ({@code ADMITTED} or {@code REMOVED}) and moves everyone behind it up by one, so that
     * no position is left empty.
     */
    public void leave(Entry entry, String status, Instant at) {
        Integer position = entry.position();
        if (position == null) {
            throw new IllegalStateException("entry " + entry.id() + " has already left the list");
        }
        jdbc.sql("UPDATE waitlist_entry SET status = ?, position = NULL, left_at = ? WHERE id = ? AND status = 'WAITING'")
                .params(status, EpisodeStore.timestamp(at), entry.id()).update();
        jdbc.sql("UPDATE waitlist_entry SET position = position - 1 WHERE track_id = ? AND status = 'WAITING' "
                        + "AND position > ?")
                .params(entry.track().value(), position).update();
    }

    /** Issue 7: records that a free place was offered to the waiting entry, to start on {@code startsOn}. */
    public void offer(UUID entry, LocalDate startsOn, Instant at) {
        jdbc.sql("UPDATE waitlist_entry SET offered_start = ?, offered_at = ? WHERE id = ? AND status = 'WAITING'")
                .params(startsOn, EpisodeStore.timestamp(at), entry).update();
    }

    /** Stores each waiting entry's expected start. */
    public void setExpectedStart(UUID entry, @Nullable LocalDate expectedStart) {
        jdbc.sql("UPDATE waitlist_entry SET expected_start = ? WHERE id = ?").params(expectedStart, entry).update();
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(rs.getObject("id", UUID.class), new EpisodeId(rs.getObject("episode_id", UUID.class)),
                new TrackId(rs.getObject("track_id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                rs.getObject("requested_on", LocalDate.class), (Integer) rs.getObject("position"),
                rs.getObject("expected_start", LocalDate.class), rs.getString("status"),
                rs.getObject("offered_start", LocalDate.class));
    }
}
