package org.stepwise.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.scheduling.BlockDetails;
import org.stepwise.scheduling.CurriculumTopic;
import org.stepwise.scheduling.SessionCategory;
import org.stepwise.scheduling.TemplateBlock;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;

/** Track templates: their blocks and curricula (tables {@code track_template_block}, {@code curriculum_topic}). */
@Repository
public class TemplateStore {

    private static final String BLOCKS = """
            SELECT b.*, t.code, t.name AS type_name, t.category, t.duration_minutes, t.cap AS type_cap,
                   r.name AS room_name, r.capacity AS room_capacity, st.display_name AS facilitator_name
            FROM track_template_block b
            JOIN session_type t ON t.id = b.session_type_id
            JOIN staff st ON st.id = b.facilitator_id
            LEFT JOIN room r ON r.id = b.room_id
            """;

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The site a track belongs to (through its program). */
    public Optional<SiteId> siteOf(TrackId track) {
        return jdbc.sql("SELECT p.site_id FROM track tr JOIN program p ON p.id = tr.program_id WHERE tr.id = ?")
                .param(track.value()).query(UUID.class).optional().map(SiteId::new);
    }

    /** Locks the track's row: its curriculum is rewritten by one person at a time. */
    public boolean lockTrack(TrackId track) {
        return jdbc.sql("SELECT id FROM track WHERE id = ? FOR UPDATE").param(track.value()).query(UUID.class)
                .optional().isPresent();
    }

    public List<TemplateBlock> blocks(TrackId track) {
        return jdbc.sql(BLOCKS + " WHERE b.track_id = ? ORDER BY b.weekday, b.starts_at, lower(t.name), b.id")
                .param(track.value()).query(TemplateStore::map).list();
    }

    public Optional<TemplateBlock> block(UUID id) {
        return jdbc.sql(BLOCKS + " WHERE b.id = ?").param(id).query(TemplateStore::map).optional();
    }

    /** Every active block on a weekday, in any track: what a new or changed block must not clash with. */
    public List<TemplateBlock> activeOn(DayOfWeek weekday) {
        return jdbc.sql(BLOCKS + " WHERE b.active AND b.weekday = ? ORDER BY b.starts_at")
                .param(weekday.getValue()).query(TemplateStore::map).list();
    }

    /** The track's name, for messages about a clash with another track's block. */
    public String trackName(TrackId track) {
        return jdbc.sql("SELECT name FROM track WHERE id = ?").param(track.value()).query(String.class).optional()
                .orElse("another track");
    }

    public UUID insert(TrackId track, BlockDetails d) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO track_template_block (id, track_id, weekday, starts_at, session_type_id, room_id,
                    facilitator_id, cap, rotates_topic)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, track.value(), d.weekday(), d.startsAt(), d.type(), d.room(), d.facilitator(), d.cap(),
                        d.rotatesTopic())
                .update();
        return id;
    }

    /** Saves the block if it is still at {@code version}; false when someone else saved first. */
    public boolean update(UUID id, int version, BlockDetails d) {
        return jdbc.sql("""
                UPDATE track_template_block SET weekday = ?, starts_at = ?, session_type_id = ?, room_id = ?,
                    facilitator_id = ?, cap = ?, rotates_topic = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.weekday(), d.startsAt(), d.type(), d.room(), d.facilitator(), d.cap(), d.rotatesTopic(), id,
                        version)
                .update() == 1;
    }

    public boolean setActive(UUID id, int version, boolean active) {
        return jdbc.sql("UPDATE track_template_block SET active = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(active, id, version).update() == 1;
    }

    public List<CurriculumTopic> topics(TrackId track) {
        return jdbc.sql("SELECT id, position, title FROM curriculum_topic WHERE track_id = ? ORDER BY position")
                .param(track.value())
                .query((rs, n) -> new CurriculumTopic(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)))
                .list();
    }

    /** The track a topic belongs to. */
    public Optional<TrackId> trackOfTopic(UUID topic) {
        return jdbc.sql("SELECT track_id FROM curriculum_topic WHERE id = ?").param(topic).query(UUID.class)
                .optional().map(TrackId::new);
    }

    /**
     * Writes the curriculum in the given order (positions 1, 2, …), keeping each topic's id. Rewritten whole because
     * positions are unique per track: moving one topic renumbers others.
     */
    public void replaceTopics(TrackId track, List<CurriculumTopic> inOrder) {
        jdbc.sql("DELETE FROM curriculum_topic WHERE track_id = ?").param(track.value()).update();
        int position = 1;
        for (CurriculumTopic topic : inOrder) {
            jdbc.sql("INSERT INTO curriculum_topic (id, track_id, position, title) VALUES (?, ?, ?, ?)")
                    .params(topic.id(), track.value(), position++, topic.title())
                    .update();
        }
    }

    private static TemplateBlock map(ResultSet rs, int row) throws SQLException {
        UUID room = rs.getObject("room_id", UUID.class);
        Integer cap = (Integer) rs.getObject("cap");
        Integer roomCapacity = (Integer) rs.getObject("room_capacity");
        return new TemplateBlock(
                rs.getObject("id", UUID.class),
                new TrackId(rs.getObject("track_id", UUID.class)),
                DayOfWeek.of(rs.getInt("weekday")),
                rs.getObject("starts_at", LocalTime.class),
                rs.getObject("session_type_id", UUID.class),
                rs.getString("code"),
                rs.getString("type_name"),
                SessionCategory.valueOf(rs.getString("category")),
                rs.getInt("duration_minutes"),
                rs.getInt("type_cap"),
                room == null ? null : new RoomId(room),
                rs.getString("room_name"),
                roomCapacity,
                new StaffId(rs.getObject("facilitator_id", UUID.class)),
                rs.getString("facilitator_name"),
                cap,
                rs.getBoolean("rotates_topic"),
                rs.getBoolean("active"),
                rs.getInt("version"));
    }
}
