package org.stepwise.notes.individual;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.TestClients;
import org.stepwise.careplan.TestPlans;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.BookingSource;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.NewSession;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * A program of its own for each fixture (named to sort after the demo clinic's, which other tests pick by name), with
 * its kind and note format, a track, clients admitted into it through {@link Admissions}, and sessions they are booked
 * into. The demo clinic is loaded too, so tests never count whole tables.
 */
final class NoteFixtures {

    final JdbcClient jdbc;
    final Clock clock;
    final StaffDirectory staff;
    final Admissions admissions;
    final ProgramId program;
    final TrackId track;
    final SiteId site;
    final ZoneId zone;

    record Admitted(ClientId client, EpisodeId episode) {}

    NoteFixtures(JdbcClient jdbc, Clock clock, StaffDirectory staff, Admissions admissions, ProgramKind kind,
            String noteFormat) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.staff = staff;
        this.admissions = admissions;
        UUID programId = UUID.randomUUID();
        String suffix = programId.toString().substring(0, 8);
        this.site = new SiteId(jdbc.sql("SELECT id FROM site ORDER BY name LIMIT 1").query(UUID.class).single());
        jdbc.sql("""
                INSERT INTO program (id, site_id, name, kind, default_weekly_hours, default_length_days, note_format)
                VALUES (?, ?, ?, ?, 9, 60, ?)""")
                .params(programId, site.value(), "Zz notes program " + suffix, kind.name(), noteFormat).update();
        this.program = new ProgramId(programId);
        UUID trackId = UUID.randomUUID();
        jdbc.sql("INSERT INTO track (id, program_id, name, period, capacity) VALUES (?, ?, ?, 'DAY', 60)")
                .params(trackId, programId, "Notes track " + suffix).update();
        this.track = new TrackId(trackId);
        this.zone = ZoneId.of(jdbc.sql("SELECT timezone FROM site WHERE id = ?").param(site.value())
                .query(String.class).single());
    }

    Admitted admit(String family, String diagnosis) {
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, family));
        AdmissionDraft draft = new AdmissionDraft(null, track, LocalDate.now(clock).minusDays(14), 60,
                BigDecimal.valueOf(9), null, diagnosis, List.of(), null, null, null, null, null, null, null, null,
                List.of(), null);
        EpisodeId episode = SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admit(client, draft).episode());
        return new Admitted(client, episode);
    }

    List<UUID> objectives(Admitted a, String... texts) {
        return TestPlans.withObjectives(jdbc, clock, a.episode(), texts);
    }

    /** A session of the type at this local start, booked for the client. */
    SessionId session(SessionPlanning planning, Bookings bookings, String typeCode, LocalDateTime start,
            StaffId facilitator, Admitted a) {
        SessionId id = planning.create(new NewSession(typeCode, site, null, null, null, facilitator,
                typeCode.charAt(0) + typeCode.substring(1).toLowerCase() + " with " + a.client().toString()
                        .substring(0, 4), start, null, null));
        SignedIn.as(staff, Role.FRONT_DESK, () -> bookings.book(id, a.episode(), BookingSource.MANUAL, "test"));
        return id;
    }

    /** A signed note in the client's chart, written straight into the table (signing is the notes module's). */
    UUID signedNote(Admitted a, StaffId author, LocalDate day, String sectionsJson) {
        UUID id = UUID.randomUUID();
        OffsetDateTime ended = day.atTime(11, 0).atZone(zone).toOffsetDateTime();
        jdbc.sql("""
                INSERT INTO clinical_note (id, client_id, episode_id, kind, format, sections, service_date,
                    service_ended_at, author_id, status, part2, created_at, updated_at, signed_at, content_hash)
                VALUES (?, ?, ?, 'INDIVIDUAL', 'DAP', CAST(? AS jsonb), ?, ?, ?, 'SIGNED', FALSE, ?, ?, ?, ?)""")
                .params(id, a.client().value(), a.episode().value(), sectionsJson, day, ended, author.value(), ended,
                        ended, ended.plusHours(1), "b".repeat(64))
                .update();
        return id;
    }

    /** Signs a draft by direct SQL, as the notes module's signing would leave it. */
    void sign(UUID note) {
        jdbc.sql("UPDATE clinical_note SET status = 'SIGNED', signed_at = now(), content_hash = ?, version = version + 1"
                + " WHERE id = ?").params("c".repeat(64), note).update();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
