package org.stepwise.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.TestClients;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * The last line of defence: whatever the services do, PostgreSQL refuses to change or delete a signed note, its
 * signatures or its addenda (V140's triggers).
 */
@StepwiseTest
class SignedNotesAreFinalInTheDatabaseTests {

    private static final String HASH = "a".repeat(64);

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired Admissions admissions;
    @Autowired StaffDirectory staff;

    @Test
    void aDraftMayChangeButASignedNoteRefusesEveryChangeToWhatItSays() {
        UUID note = insertDraft();
        jdbc.sql("UPDATE clinical_note SET sections = '{\"data\": \"revised\"}' WHERE id = ?").param(note).update();

        sign(note, "SIGNED");

        assertThatThrownBy(() -> jdbc.sql("UPDATE clinical_note SET sections = '{\"data\": \"rewritten\"}' WHERE id = ?")
                .param(note).update()).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("addendum");
        assertThatThrownBy(() -> jdbc.sql("UPDATE clinical_note SET status = 'DRAFT', signed_at = NULL, content_hash = NULL"
                + " WHERE id = ?").param(note).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM clinical_note WHERE id = ?").param(note).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("SELECT sections->>'data' FROM clinical_note WHERE id = ?").param(note).query(String.class)
                .single()).isEqualTo("revised");
    }

    @Test
    void aNoteAwaitingCoSignatureMayOnlyMoveToSigned() {
        UUID note = insertDraft();
        sign(note, "AWAITING_COSIGNATURE");

        assertThatThrownBy(() -> jdbc.sql("UPDATE clinical_note SET sections = '{}' WHERE id = ?").param(note).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql("UPDATE clinical_note SET status = 'SIGNED', version = version + 1 WHERE id = ?").param(note).update();

        assertThat(jdbc.sql("SELECT status FROM clinical_note WHERE id = ?").param(note).query(String.class).single())
                .isEqualTo("SIGNED");
    }

    @Test
    void signaturesAndAddendaAreOnlyEverAdded() {
        UUID note = insertDraft();
        sign(note, "SIGNED");
        UUID author = jdbc.sql("SELECT author_id FROM clinical_note WHERE id = ?").param(note).query(UUID.class).single();
        jdbc.sql("""
                INSERT INTO note_signature (id, note_id, signer_id, signer_name, capacity, signed_at, content_hash)
                VALUES (?, ?, ?, 'Test Author', 'AUTHOR', now(), ?)""").params(UUID.randomUUID(), note, author, HASH).update();
        jdbc.sql("""
                INSERT INTO note_addendum (id, note_id, author_id, author_name, text, created_at)
                VALUES (?, ?, ?, 'Test Author', 'Client called after group to say she is safe.', now())""")
                .params(UUID.randomUUID(), note, author).update();

        assertThatThrownBy(() -> jdbc.sql("UPDATE note_addendum SET text = 'something else' WHERE note_id = ?").param(note)
                .update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM note_signature WHERE note_id = ?").param(note).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void sign(UUID note, String status) {
        jdbc.sql("UPDATE clinical_note SET status = ?, signed_at = now(), content_hash = ? WHERE id = ?")
                .params(status, HASH, note).update();
    }

    private UUID insertDraft() {
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, "Finality"));
        TrackId track = new TrackId(jdbc.sql("SELECT id FROM track ORDER BY name LIMIT 1").query(UUID.class).single());
        AdmissionDraft draft = new AdmissionDraft(null, track, LocalDate.now(clock), 60, BigDecimal.valueOf(9), null,
                "F10.20", List.of(), null, null, null, null, null, null, null, null, List.of(), null);
        EpisodeId episode = SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admit(client, draft).episode());
        UUID id = UUID.randomUUID();
        UUID author = staff.activeWithRole(Role.CLINICIAN).getFirst().id().value();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO clinical_note (id, client_id, episode_id, kind, format, sections, service_date,
                                           service_ended_at, author_id, status, part2, created_at, updated_at)
                VALUES (?, ?, ?, 'INDIVIDUAL', 'DAP', '{"data": "first"}', ?, ?, ?, 'DRAFT', TRUE, ?, ?)""")
                .params(id, client.value(), episode.value(), now.toLocalDate(), now, author, now, now).update();
        return id;
    }
}
