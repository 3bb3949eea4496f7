package org.stepwise.notes.individual;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.SessionCategory;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts in {@code clinical_note} (the notes' contract table of V140), the templates of {@code note_template}, and what a
 * printed note shows beside its text: signatures, addenda, a group's shared text.
 */
@Repository
class IndividualNoteStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> SECTIONS = new TypeReference<>() {};

    private static final String COLUMNS = """
            id, client_id, episode_id, kind, format, sections::text AS sections, session_id, group_note_id,
            objective_id, service_date, service_ended_at, author_id, status, part2, sud_counseling, late_entry,
            content_hash, signed_at, created_at, updated_at, version""";

    private final JdbcClient jdbc;

    IndividualNoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new draft; false when a note with this id already exists (a repeated submission). */
    boolean insertDraft(StoredNote n) {
        return jdbc.sql("""
                INSERT INTO clinical_note (id, client_id, episode_id, kind, format, sections, session_id, objective_id,
                    service_date, service_ended_at, author_id, status, part2, sud_counseling, created_at, updated_at,
                    version)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, 0)
                ON CONFLICT (id) DO NOTHING""")
                .params(n.id(), n.client().value(), n.episode().value(), n.kind(), n.format(),
                        JSON.writeValueAsString(n.sections()), n.session(), n.objective(), n.serviceDate(),
                        at(n.serviceEndedAt()), n.author().value(), n.part2(), n.sudCounseling(), at(n.createdAt()),
                        at(n.updatedAt()))
                .update() == 1;
    }

    /** Saves a draft read at {@code version}; false when it is no longer that version or no longer a draft. */
    boolean updateDraft(StoredNote n, int version) {
        return jdbc.sql("""
                UPDATE clinical_note SET sections = CAST(? AS jsonb), objective_id = ?, part2 = ?, sud_counseling = ?,
                    service_date = ?, service_ended_at = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(JSON.writeValueAsString(n.sections()), n.objective(), n.part2(), n.sudCounseling(),
                        n.serviceDate(), at(n.serviceEndedAt()), at(n.updatedAt()), n.id(), version)
                .update() == 1;
    }

    Optional<StoredNote> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clinical_note WHERE id = ?").param(id)
                .query(IndividualNoteStore::map).optional();
    }

    /** The client's note of a session, other than a group's entry: a session has one such note per client. */
    Optional<UUID> noteOfSession(ClientId client, UUID session) {
        return jdbc.sql("""
                SELECT id FROM clinical_note WHERE client_id = ? AND session_id = ? AND group_note_id IS NULL""")
                .params(client.value(), session).query(UUID.class).optional();
    }

    /** The plan section of the client's last signed note that has one, to carry forward into a new note. */
    record CarriedPlan(UUID note, String kind, LocalDate serviceDate, StaffId author, String plan) {}

    Optional<CarriedPlan> lastPlan(ClientId client) {
        return jdbc.sql("""
                SELECT id, kind, service_date, author_id, sections->>'plan' AS plan FROM clinical_note
                WHERE client_id = ? AND status <> 'DRAFT' AND coalesce(btrim(sections->>'plan'), '') <> ''
                ORDER BY service_date DESC, signed_at DESC, id LIMIT 1""")
                .param(client.value())
                .query((rs, n) -> new CarriedPlan(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getObject("service_date", LocalDate.class), new StaffId(rs.getObject("author_id", UUID.class)),
                        rs.getString("plan")))
                .optional();
    }

    /** What a template asks in one section, and the text it starts with. */
    record SectionTemplate(String prompt, String defaultText) {}

    Map<String, SectionTemplate> template(UUID sessionType, NoteLayout layout) {
        Map<String, SectionTemplate> template = new LinkedHashMap<>();
        jdbc.sql("SELECT section, prompt, default_text FROM note_template WHERE session_type_id = ? AND format = ?")
                .params(sessionType, layout.name())
                .query((rs, n) -> template.put(rs.getString("section"),
                        new SectionTemplate(rs.getString("prompt"), rs.getString("default_text"))))
                .list();
        return template;
    }

    /** The session type whose template a note of this category uses when it documents no session. */
    Optional<UUID> defaultSessionType(SessionCategory category) {
        return jdbc.sql("""
                SELECT t.id FROM session_type t WHERE t.category = ? AND t.active
                ORDER BY EXISTS (SELECT 1 FROM note_template n WHERE n.session_type_id = t.id) DESC, t.code LIMIT 1""")
                .param(category.name()).query(UUID.class).optional();
    }

    /** A signature as printed under the note. */
    record SignatureRow(String name, @Nullable String credential, String capacity, Instant signedAt, String hash) {}

    List<SignatureRow> signatures(UUID note) {
        return jdbc.sql("""
                SELECT signer_name, credential, capacity, signed_at, content_hash FROM note_signature
                WHERE note_id = ? ORDER BY signed_at, capacity""")
                .param(note)
                .query((rs, n) -> new SignatureRow(rs.getString("signer_name"), rs.getString("credential"),
                        rs.getString("capacity"), instant(rs, "signed_at"), rs.getString("content_hash")))
                .list();
    }

    /** An addendum as printed under the note. */
    record AddendumRow(String author, Instant at, String text) {}

    List<AddendumRow> addenda(UUID note) {
        return jdbc.sql("SELECT author_name, created_at, text FROM note_addendum WHERE note_id = ? ORDER BY created_at, id")
                .param(note)
                .query((rs, n) -> new AddendumRow(rs.getString("author_name"), instant(rs, "created_at"),
                        rs.getString("text")))
                .list();
    }

    /** What a group's session covered, shared by every attending client's note. */
    record GroupText(String topic, String interventions, String summary) {}

    Optional<GroupText> groupText(UUID groupNote) {
        return jdbc.sql("SELECT topic, interventions, summary FROM group_note WHERE id = ?").param(groupNote)
                .query((rs, n) -> new GroupText(rs.getString("topic"), rs.getString("interventions"),
                        rs.getString("summary")))
                .optional();
    }

    private static StoredNote map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime signedAt = rs.getObject("signed_at", OffsetDateTime.class);
        return new StoredNote(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                new EpisodeId(rs.getObject("episode_id", UUID.class)), rs.getString("kind"), rs.getString("format"),
                ordered(rs.getString("format"), JSON.readValue(rs.getString("sections"), SECTIONS)),
                rs.getObject("session_id", UUID.class),
                rs.getObject("group_note_id", UUID.class), rs.getObject("objective_id", UUID.class),
                rs.getObject("service_date", LocalDate.class), instant(rs, "service_ended_at"),
                new StaffId(rs.getObject("author_id", UUID.class)), rs.getString("status"), rs.getBoolean("part2"),
                rs.getBoolean("sud_counseling"), rs.getBoolean("late_entry"), rs.getString("content_hash"),
                signedAt == null ? null : signedAt.toInstant(), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getInt("version"));
    }

    /** JSONB keeps an object's keys in an order of its own: put a known layout's sections back in the form's order. */
    private static Map<String, String> ordered(String format, Map<String, String> sections) {
        Map<String, String> ordered = new LinkedHashMap<>();
        java.util.Arrays.stream(NoteLayout.values()).filter(l -> l.name().equals(format)).findFirst()
                .ifPresent(layout -> layout.sections().forEach(key -> {
                    if (sections.containsKey(key)) {
                        ordered.put(key, sections.get(key));
                    }
                }));
        ordered.putAll(sections); // a group entry's sections, or any the layout does not know, after the known ones
        return ordered;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
