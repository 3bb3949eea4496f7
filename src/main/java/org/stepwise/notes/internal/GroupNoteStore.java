package org.stepwise.notes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.StaffId;

/** Group notes (table {@code group_note}), one per session, under an optimistic {@code version}. */
@Repository
public class GroupNoteStore {

    private static final String SELECT = """
            SELECT g.*, s.display_name AS author_name FROM group_note g JOIN staff s ON s.id = g.author_id""";

    private final JdbcClient jdbc;

    GroupNoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<GroupNoteRow> ofSession(UUID session) {
        return jdbc.sql(SELECT + " WHERE g.session_id = ?").param(session).query(GroupNoteStore::map).optional();
    }

    public Optional<GroupNoteRow> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE g.id = ?").param(id).query(GroupNoteStore::map).optional();
    }

    /** The session's group note locked until the transaction ends (saves and signatures of one group queue here). */
    public Optional<GroupNoteRow> lockOfSession(UUID session) {
        jdbc.sql("SELECT 1 FROM group_note WHERE session_id = ? FOR UPDATE").param(session).query(Integer.class)
                .optional();
        return ofSession(session);
    }

    /** Creates the session's group note at version 0; false when someone else created it first. */
    public boolean insert(UUID id, UUID session, String topic, String interventions, String summary, StaffId author,
            Instant now) {
        return jdbc.sql("""
                INSERT INTO group_note (id, session_id, topic, interventions, summary, author_id, created_at,
                    updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (session_id) DO NOTHING""")
                .params(id, session, topic, interventions, summary, author.value(), NoteStore.at(now),
                        NoteStore.at(now))
                .update() == 1;
    }

    /** Rewrites the shared text of an unsigned group note read at {@code expectedVersion}; false otherwise. */
    public boolean update(UUID id, int expectedVersion, String topic, String interventions, String summary,
            Instant now) {
        return jdbc.sql("""
                UPDATE group_note SET topic = ?, interventions = ?, summary = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ? AND signed_at IS NULL""")
                .params(topic, interventions, summary, NoteStore.at(now), id, expectedVersion)
                .update() == 1;
    }

    /** Marks the group's shared text signed: fixed from now on. */
    public boolean markSigned(UUID id, Instant signedAt) {
        return jdbc.sql("""
                UPDATE group_note SET signed_at = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND signed_at IS NULL""")
                .params(NoteStore.at(signedAt), NoteStore.at(signedAt), id).update() == 1;
    }

    private static GroupNoteRow map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime signed = rs.getObject("signed_at", OffsetDateTime.class);
        return new GroupNoteRow(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                rs.getString("topic"), rs.getString("interventions"), rs.getString("summary"),
                new StaffId(rs.getObject("author_id", UUID.class)), rs.getString("author_name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                signed == null ? null : signed.toInstant(), rs.getInt("version"));
    }
}
