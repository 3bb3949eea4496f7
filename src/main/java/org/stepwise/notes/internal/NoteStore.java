package org.stepwise.notes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.notes.NoteAddendum;
import org.stepwise.notes.NoteFormat;
import org.stepwise.notes.NoteId;
import org.stepwise.notes.NoteKind;
import org.stepwise.notes.NoteSignature;
import org.stepwise.notes.NoteStatus;
import org.stepwise.notes.rules.ContentHash;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notes, their signatures and addenda (tables {@code clinical_note}, {@code note_signature}, {@code note_addendum}).
 * Every change to a note's content is made only while it is a draft ({@code status = 'DRAFT'} in the statement itself),
 * so a signed note is refused here before the database's own triggers would refuse it.
 */
@Repository
public class NoteStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> SECTIONS = new TypeReference<>() {};

    private static final String SELECT = """
            SELECT n.*, s.display_name AS author_name, g.topic, g.interventions, g.summary
            FROM clinical_note n JOIN staff s ON s.id = n.author_id LEFT JOIN group_note g ON g.id = n.group_note_id""";

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new draft. */
    public void insertDraft(NoteRow n) {
        jdbc.sql("""
                INSERT INTO clinical_note (id, client_id, episode_id, kind, format, sections, session_id, group_note_id,
                    objective_id, service_date, service_ended_at, author_id, status, part2, sud_counseling, created_at,
                    updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, 0)""")
                .params(n.id().value(), n.client().value(), n.episode().value(), n.kind().name(), n.format().name(),
                        json(n.sections()), n.session(), n.groupNote(), n.objective(), n.serviceDate(),
                        at(n.serviceEndedAt()), n.author().value(), n.part2(), n.sudCounseling(), at(n.createdAt()),
                        at(n.updatedAt()))
                .update();
    }

    /**
     * Rewrites a draft's sections and objective; false when it is no longer a draft or (with an expected version) was
     * changed since.
     */
    public boolean updateDraft(NoteId id, @Nullable Integer expectedVersion, Map<String, String> sections,
            @Nullable UUID objective, Instant now) {
        return jdbc.sql("""
                UPDATE clinical_note SET sections = ?::jsonb, objective_id = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND status = 'DRAFT' AND (?::int IS NULL OR version = ?)""")
                .params(json(sections), objective, at(now), id.value(), expectedVersion, expectedVersion)
                .update() == 1;
    }

    /** Deletes a draft; false when it is signed (or gone). */
    public boolean deleteDraft(NoteId id) {
        return jdbc.sql("DELETE FROM clinical_note WHERE id = ? AND status = 'DRAFT'").param(id.value()).update() == 1;
    }

    public Optional<NoteRow> find(NoteId id) {
        return jdbc.sql(SELECT + " WHERE n.id = ?").param(id.value()).query(NoteStore::map).optional();
    }

    /** The note locked until the transaction ends. */
    public Optional<NoteRow> lock(NoteId id) {
        jdbc.sql("SELECT 1 FROM clinical_note WHERE id = ? FOR UPDATE").param(id.value()).query(Integer.class).optional();
        return find(id);
    }

    /** The entries of a group note, by the client's id. */
    public List<NoteRow> ofGroupNote(UUID groupNote) {
        return jdbc.sql(SELECT + " WHERE n.group_note_id = ?").param(groupNote).query(NoteStore::map).list();
    }

    /** A client's notes, newest service first. */
    public List<NoteRow> ofClient(ClientId client, int limit) {
        return jdbc.sql(SELECT + " WHERE n.client_id = ? ORDER BY n.service_date DESC, n.service_ended_at DESC, n.id"
                        + " LIMIT ?")
                .params(client.value(), limit).query(NoteStore::map).list();
    }

    /** Signs a draft as its author; false when it is no longer a draft at the version read. */
    public boolean sign(NoteId id, int expectedVersion, NoteStatus status, Instant signedAt, String hash,
            boolean lateEntry) {
        return jdbc.sql("""
                UPDATE clinical_note SET status = ?, signed_at = ?, content_hash = ?, late_entry = ?, updated_at = ?,
                    version = version + 1
                WHERE id = ? AND status = 'DRAFT' AND version = ?""")
                .params(status.name(), at(signedAt), hash, lateEntry, at(signedAt), id.value(), expectedVersion)
                .update() == 1;
    }

    /** Completes a note awaiting co-signature; false when it is not awaiting one any more. */
    public boolean cosign(NoteId id, Instant now) {
        return jdbc.sql("""
                UPDATE clinical_note SET status = 'SIGNED', updated_at = ?, version = version + 1
                WHERE id = ? AND status = 'AWAITING_COSIGNATURE'""")
                .params(at(now), id.value()).update() == 1;
    }

    public void insertSignature(NoteId note, NoteSignature s) {
        jdbc.sql("""
                INSERT INTO note_signature (id, note_id, signer_id, signer_name, credential, capacity, signed_at,
                    content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), note.value(), s.signer().value(), s.signerName(), s.credential(),
                        s.capacity().name(), at(s.signedAt()), s.contentHash())
                .update();
    }

    public Map<NoteId, List<NoteSignature>> signatures(Collection<NoteId> notes) {
        Map<NoteId, List<NoteSignature>> byNote = new LinkedHashMap<>();
        if (notes.isEmpty()) {
            return byNote;
        }
        jdbc.sql("SELECT * FROM note_signature WHERE note_id = ANY (?) ORDER BY signed_at, capacity")
                .param(ids(notes))
                .query((rs, n) -> byNote.computeIfAbsent(new NoteId(rs.getObject("note_id", UUID.class)),
                        k -> new java.util.ArrayList<>()).add(new NoteSignature(
                                new StaffId(rs.getObject("signer_id", UUID.class)), rs.getString("signer_name"),
                                rs.getString("credential"), NoteSignature.Capacity.valueOf(rs.getString("capacity")),
                                instant(rs, "signed_at"), rs.getString("content_hash"))))
                .list();
        return byNote;
    }

    public void insertAddendum(NoteId note, NoteAddendum a) {
        jdbc.sql("""
                INSERT INTO note_addendum (id, note_id, author_id, author_name, text, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(a.id(), note.value(), a.author().value(), a.authorName(), a.text(), at(a.createdAt()))
                .update();
    }

    public Map<NoteId, List<NoteAddendum>> addenda(Collection<NoteId> notes) {
        Map<NoteId, List<NoteAddendum>> byNote = new LinkedHashMap<>();
        if (notes.isEmpty()) {
            return byNote;
        }
        jdbc.sql("SELECT * FROM note_addendum WHERE note_id = ANY (?) ORDER BY created_at, id")
                .param(ids(notes))
                .query((rs, n) -> byNote.computeIfAbsent(new NoteId(rs.getObject("note_id", UUID.class)),
                        k -> new java.util.ArrayList<>()).add(new NoteAddendum(rs.getObject("id", UUID.class),
                                new StaffId(rs.getObject("author_id", UUID.class)), rs.getString("author_name"),
                                rs.getString("text"), instant(rs, "created_at"))))
                .list();
        return byNote;
    }

    static String json(Map<String, String> sections) {
        return JSON.writeValueAsString(sections);
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static UUID[] ids(Collection<NoteId> notes) {
        return notes.stream().map(NoteId::value).toArray(UUID[]::new);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static NoteRow map(ResultSet rs, int row) throws SQLException {
        String topic = rs.getString("topic");
        return new NoteRow(new NoteId(rs.getObject("id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                new EpisodeId(rs.getObject("episode_id", UUID.class)), NoteKind.valueOf(rs.getString("kind")),
                NoteFormat.valueOf(rs.getString("format")), JSON.readValue(rs.getString("sections"), SECTIONS),
                rs.getObject("session_id", UUID.class), rs.getObject("group_note_id", UUID.class),
                rs.getObject("objective_id", UUID.class), rs.getObject("service_date", LocalDate.class),
                instant(rs, "service_ended_at"), new StaffId(rs.getObject("author_id", UUID.class)),
                rs.getString("author_name"), NoteStatus.valueOf(rs.getString("status")), rs.getBoolean("part2"),
                rs.getBoolean("sud_counseling"), rs.getBoolean("late_entry"), rs.getString("content_hash"),
                instant(rs, "created_at"), instant(rs, "updated_at"), nullableInstant(rs, "signed_at"),
                rs.getInt("version"), topic == null ? null
                        : new ContentHash.GroupText(topic, rs.getString("interventions"), rs.getString("summary")));
    }
}
