package org.stepwise.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.BookedClient;
import org.stepwise.scheduling.BookingSource;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.Modality;
import org.stepwise.scheduling.SessionCategory;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionStatus;
import org.stepwise.scheduling.SessionView;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;

/** Sessions and their bookings (tables {@code session}, {@code booking}). */
@Repository
public class SessionStore {

    /** The session columns every query reads, with the live booking count; {@code s} is the session. */
    private static final String SELECT = """
            SELECT s.id, t.code, t.name AS type_name, t.category, s.track_id, tr.name AS track_name, s.block_id,
                   s.site_id, si.name AS site_name, si.timezone, s.room_id, r.name AS room_name, s.facilitator_id,
                   st.display_name AS facilitator_name, s.title, s.week_start, s.starts_at, s.ends_at,
                   (s.starts_at AT TIME ZONE si.timezone) AS local_start, s.cap, s.modality, s.status,
                   s.cancel_reason, t.counted_hours, s.version,
                   (SELECT count(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'BOOKED') AS booked
            FROM session s
            JOIN session_type t ON t.id = s.session_type_id
            JOIN site si ON si.id = s.site_id
            JOIN staff st ON st.id = s.facilitator_id
            LEFT JOIN track tr ON tr.id = s.track_id
            LEFT JOIN room r ON r.id = s.room_id
            """;

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SessionView> find(SessionId id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(id.value()).query(SessionStore::map).optional();
    }

    /** Locks the session row so that bookings and check-ins into it are counted one at a time. */
    public Optional<SessionView> lock(SessionId id) {
        jdbc.sql("SELECT id FROM session WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).optional();
        return find(id);
    }

    /**
     * Locks the sessions' rows together, in id order (so that two callers locking overlapping sets cannot deadlock),
     * and returns them.
     */
    public List<SessionView> lockAll(Collection<SessionId> ids) {
        UUID[] values = ids.stream().map(SessionId::value).distinct().sorted().toArray(UUID[]::new);
        if (values.length == 0) {
            return List.of();
        }
        jdbc.sql("SELECT id FROM session WHERE id = ANY(?) ORDER BY id FOR UPDATE").param(values).query(UUID.class).list();
        return jdbc.sql(SELECT + " WHERE s.id = ANY(?)").param(values).query(SessionStore::map).list();
    }

    /** The sessions with these ids (those that exist), in start order: one query for a set. */
    public List<SessionView> findAll(Collection<SessionId> ids) {
        UUID[] values = ids.stream().map(SessionId::value).distinct().toArray(UUID[]::new);
        if (values.length == 0) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE s.id = ANY(?) ORDER BY s.starts_at").param(values).query(SessionStore::map).list();
    }

    /** Every site's sessions starting from {@code from} up to (not including) {@code to}, in start order. */
    public List<SessionView> startingBetween(Instant from, Instant to) {
        return jdbc.sql(SELECT + " WHERE s.starts_at >= ? AND s.starts_at < ? ORDER BY s.starts_at, tr.name, s.title")
                .params(timestamp(from), timestamp(to))
                .query(SessionStore::map)
                .list();
    }

    public List<SessionView> forWeek(IsoWeek week, @Nullable SiteId site) {
        return jdbc.sql(SELECT + " WHERE s.week_start = ? AND (CAST(? AS uuid) IS NULL OR s.site_id = ?) ORDER BY s.starts_at, tr.name, s.title")
                .params(week.monday(), site == null ? null : site.value(), site == null ? null : site.value())
                .query(SessionStore::map)
                .list();
    }

    public List<SessionView> ofFacilitator(StaffId staff, Instant from, Instant to) {
        return jdbc.sql(SELECT + " WHERE s.facilitator_id = ? AND s.starts_at < ? AND s.ends_at > ? ORDER BY s.starts_at")
                .params(staff.value(), timestamp(to), timestamp(from))
                .query(SessionStore::map)
                .list();
    }

    /** Sessions the client holds a live booking in, from {@code from} up to {@code to}. */
    public List<SessionView> bookedBy(ClientId client, Instant from, Instant to) {
        return jdbc.sql(SELECT + """
                 WHERE s.starts_at < ? AND s.ends_at > ?
                   AND EXISTS (SELECT 1 FROM booking b WHERE b.session_id = s.id AND b.client_id = ? AND b.status = 'BOOKED')
                 ORDER BY s.starts_at""")
                .params(timestamp(to), timestamp(from), client.value())
                .query(SessionStore::map)
                .list();
    }

    public List<SessionView> bookedBy(ClientId client, IsoWeek week) {
        return jdbc.sql(SELECT + """
                 WHERE s.week_start = ?
                   AND EXISTS (SELECT 1 FROM booking b WHERE b.session_id = s.id AND b.client_id = ? AND b.status = 'BOOKED')
                 ORDER BY s.starts_at""")
                .params(week.monday(), client.value())
                .query(SessionStore::map)
                .list();
    }

    public List<BookedClient> roster(SessionId session) {
        return jdbc.sql("""
                SELECT b.id, b.client_id, b.episode_id, coalesce(c.preferred_name, c.given_name) || ' ' || c.family_name,
                       c.record_number, b.source
                FROM booking b JOIN client c ON c.id = b.client_id
                WHERE b.session_id = ? AND b.status = 'BOOKED'
                ORDER BY c.family_name, c.given_name""")
                .param(session.value())
                .query((rs, n) -> new BookedClient(rs.getObject(1, UUID.class), new ClientId(rs.getObject(2, UUID.class)),
                        new EpisodeId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getString(5),
                        BookingSource.valueOf(rs.getString(6))))
                .list();
    }

    public Optional<UUID> liveBooking(SessionId session, ClientId client) {
        return jdbc.sql("SELECT id FROM booking WHERE session_id = ? AND client_id = ? AND status = 'BOOKED'")
                .params(session.value(), client.value())
                .query(UUID.class)
                .optional();
    }

    /** The client's other live bookings that overlap {@code [from, to)}: a client is never in two places at once. */
    public List<SessionView> overlappingBookings(ClientId client, SessionId except, Instant from, Instant to) {
        return bookedBy(client, from, to).stream().filter(s -> !s.id().equals(except)).toList();
    }

    public UUID insertBooking(SessionId session, ClientId client, EpisodeId episode, BookingSource source, String by,
            Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO booking (id, session_id, client_id, episode_id, status, source, booked_at, booked_by)
                VALUES (?, ?, ?, ?, 'BOOKED', ?, ?, ?)""")
                .params(id, session.value(), client.value(), episode.value(), source.name(), timestamp(at), by)
                .update();
        return id;
    }

    /** A booking to insert with others; {@link #insertBookings}. */
    public record NewBooking(SessionId session, ClientId client, EpisodeId episode) {}

    /** Inserts the bookings in one statement, all from one source, by one person, at one time. */
    public void insertBookings(List<NewBooking> bookings, BookingSource source, String by, Instant at) {
        if (bookings.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO booking (id, session_id, client_id, episode_id, status, source, booked_at, booked_by)
                SELECT n.id, n.session_id, n.client_id, n.episode_id, 'BOOKED', ?, ?, ?
                FROM unnest(?, ?, ?, ?) AS n(id, session_id, client_id, episode_id)""")
                .params(source.name(), timestamp(at), by,
                        bookings.stream().map(b -> UUID.randomUUID()).toArray(UUID[]::new),
                        bookings.stream().map(b -> b.session().value()).toArray(UUID[]::new),
                        bookings.stream().map(b -> b.client().value()).toArray(UUID[]::new),
                        bookings.stream().map(b -> b.episode().value()).toArray(UUID[]::new))
                .update();
    }

    public boolean cancelBooking(SessionId session, ClientId client, Instant at) {
        return jdbc.sql("""
                UPDATE booking SET status = 'CANCELLED', cancelled_at = ?
                WHERE session_id = ? AND client_id = ? AND status = 'BOOKED'""")
                .params(timestamp(at), session.value(), client.value())
                .update() == 1;
    }

    /**
     * Issue 7: cancels the episode's live bookings of sessions on days after {@code lastDay}, each session's day read in
     * its site's time zone, and returns how many were cancelled.
     */
    public int cancelBookingsAfter(EpisodeId episode, java.time.LocalDate lastDay, Instant at) {
        return jdbc.sql("""
                UPDATE booking b SET status = 'CANCELLED', cancelled_at = ?
                FROM session s JOIN site si ON si.id = s.site_id
                WHERE b.session_id = s.id AND b.episode_id = ? AND b.status = 'BOOKED'
                  AND CAST(s.starts_at AT TIME ZONE si.timezone AS date) > ?""")
                .params(timestamp(at), episode.value(), lastDay)
                .update();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static SessionView map(ResultSet rs, int row) throws SQLException {
        Instant starts = rs.getObject("starts_at", OffsetDateTime.class).toInstant();
        Instant ends = rs.getObject("ends_at", OffsetDateTime.class).toInstant();
        UUID track = rs.getObject("track_id", UUID.class);
        UUID room = rs.getObject("room_id", UUID.class);
        return new SessionView(
                new SessionId(rs.getObject("id", UUID.class)),
                rs.getString("code"),
                rs.getString("type_name"),
                SessionCategory.valueOf(rs.getString("category")),
                track == null ? null : new TrackId(track),
                rs.getString("track_name"),
                rs.getObject("block_id", UUID.class),
                new SiteId(rs.getObject("site_id", UUID.class)),
                rs.getString("site_name"),
                rs.getString("timezone"),
                room == null ? null : new RoomId(room),
                rs.getString("room_name"),
                new StaffId(rs.getObject("facilitator_id", UUID.class)),
                rs.getString("facilitator_name"),
                rs.getString("title"),
                new IsoWeek(rs.getObject("week_start", java.time.LocalDate.class)),
                starts,
                ends,
                rs.getObject("local_start", LocalDateTime.class),
                (int) java.time.Duration.between(starts, ends).toMinutes(),
                rs.getInt("cap"),
                Modality.valueOf(rs.getString("modality")),
                SessionStatus.valueOf(rs.getString("status")),
                rs.getString("cancel_reason"),
                rs.getBigDecimal("counted_hours"),
                rs.getInt("booked"),
                rs.getInt("version"));
    }
}
