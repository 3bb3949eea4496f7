package org.stepwise.episodes.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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
import org.stepwise.episodes.EpisodeStatus;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.TrackId;

/** Episodes and their status history in PostgreSQL (tables episode, episode_status_change). */
@Repository
public class EpisodeStore {

    private final JdbcClient jdbc;

    EpisodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A track locked for the rest of the transaction, with what admission needs to know about it. */
    public record LockedTrack(TrackId id, ProgramId program, String name, int capacity) {}

    /**
     * Locks the track's row until the transaction ends, so that two admissions to the same track are decided one after
     * the other: the second sees the first one's episode when it counts the places taken.
     */
    public Optional<LockedTrack> lockTrack(TrackId track) {
        return jdbc.sql("SELECT id, program_id, name, capacity FROM track WHERE id = ? FOR UPDATE")
                .param(track.value())
                .query((rs, row) -> new LockedTrack(new TrackId(rs.getObject("id", UUID.class)),
                        new ProgramId(rs.getObject("program_id", UUID.class)), rs.getString("name"), rs.getInt("capacity")))
                .optional();
    }

    public int countAdmitted(TrackId track) {
        return jdbc.sql("SELECT count(*) FROM episode WHERE track_id = ? AND status = 'ADMITTED'")
                .param(track.value()).query(Integer.class).single();
    }

    /** The planned ends of the track's admitted episodes, earliest first. */
    public List<LocalDate> admittedPlannedEnds(TrackId track) {
        return jdbc.sql("SELECT planned_end FROM episode WHERE track_id = ? AND status = 'ADMITTED' ORDER BY planned_end")
                .param(track.value()).query((rs, row) -> rs.getObject(1, LocalDate.class)).list();
    }

    /** Whether the client exists and is not deleted. */
    public boolean clientExists(ClientId client) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM client WHERE id = ? AND deleted_at IS NULL)")
                .param(client.value()).query(Boolean.class).single();
    }

    public void insert(Episode episode, String createdBy, Instant createdAt) {
        AdmissionTerms t = episode.terms();
        AdmissionTerms.Payer payer = t.payer();
        AdmissionTerms.Certification cert = t.certification();
        jdbc.sql("""
                INSERT INTO episode (id, client_id, program_id, track_id, status, referral_id, admitted_on,
                                     planned_length_days, planned_end, weekly_hours, level_of_care, diagnoses, payer_name,
                                     member_id, authorization_number, authorized_units, authorization_start,
                                     authorization_end, certified_on, certifying_physician, created_at, created_by,
                                     previous_episode_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(episode.id().value(), episode.client().value(), episode.program().value(),
                        episode.track().value(), episode.status().name(), episode.referral(), t.admittedOn(),
                        t.plannedLengthDays(), t.plannedEnd(), t.weeklyHours(), t.levelOfCare().code(),
                        t.diagnoses().toArray(String[]::new), payer == null ? null : payer.name(),
                        payer == null ? null : payer.memberId(), payer == null ? null : payer.authorizationNumber(),
                        payer == null ? null : payer.authorizedUnits(), payer == null ? null : payer.authorizationStart(),
                        payer == null ? null : payer.authorizationEnd(), cert == null ? null : cert.certifiedOn(),
                        cert == null ? null : cert.physician(), timestamp(createdAt), createdBy,
                        episode.previous() == null ? null : episode.previous().value())
                .update();
        appendChanges(episode);
    }

    /**
     * Saves the episode's status and dates if nobody saved it since it was loaded.
     *
     * @throws ConflictException when someone else saved it first
     */
    public void update(Episode episode) {
        AdmissionTerms t = episode.terms();
        int updated = jdbc.sql("""
                UPDATE episode SET status = ?, admitted_on = ?, planned_end = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(episode.status().name(), t.admittedOn(), t.plannedEnd(), episode.id().value(), episode.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("Someone else changed this episode after you opened it. Open it again to see "
                    + "their change, then decide again.");
        }
        appendChanges(episode);
    }

    private void appendChanges(Episode episode) {
        for (StatusChange change : episode.pendingChanges()) {
            jdbc.sql("""
                    INSERT INTO episode_status_change (episode_id, from_status, to_status, changed_at, changed_by, reason)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(episode.id().value(), change.from() == null ? null : change.from().name(), change.to().name(),
                            timestamp(change.at()), change.by(), change.reason())
                    .update();
        }
    }

    public Optional<Episode> find(EpisodeId id) {
        return jdbc.sql("SELECT * FROM episode WHERE id = ?").param(id.value()).query(EpisodeStore::episode).optional();
    }

    /** The episodes among these ids, in no particular order (unknown ids are left out). */
    public List<Episode> find(Collection<EpisodeId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM episode WHERE id = ANY(?)")
                .param(ids.stream().map(EpisodeId::value).distinct().toArray(UUID[]::new))
                .query(EpisodeStore::episode).list();
    }

    /** The client's episodes, the most recent admission first. */
    public List<Episode> forClient(ClientId client) {
        return jdbc.sql("SELECT * FROM episode WHERE client_id = ? ORDER BY admitted_on DESC, created_at DESC")
                .param(client.value()).query(EpisodeStore::episode).list();
    }

    /** The track's episodes in one status, earliest planned end first. */
    public List<Episode> inTrack(TrackId track, EpisodeStatus status) {
        return jdbc.sql("SELECT * FROM episode WHERE track_id = ? AND status = ? ORDER BY planned_end, created_at")
                .params(track.value(), status.name()).query(EpisodeStore::episode).list();
    }

    public List<StatusChange> history(EpisodeId id) {
        return jdbc.sql("""
                SELECT from_status, to_status, changed_at, changed_by, reason FROM episode_status_change
                WHERE episode_id = ? ORDER BY id""")
                .param(id.value())
                .query((rs, row) -> {
                    String from = rs.getString("from_status");
                    return new StatusChange(from == null ? null : EpisodeStatus.valueOf(from),
                            EpisodeStatus.valueOf(rs.getString("to_status")),
                            rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                            rs.getString("reason"));
                })
                .list();
    }

    /** Admitted and waiting counts per track, for the list of tracks. */
    public record Occupancy(int admitted, int waiting) {}

    public java.util.Map<TrackId, Occupancy> occupancy() {
        java.util.Map<TrackId, Occupancy> counts = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT track_id, count(*) FILTER (WHERE status = 'ADMITTED') AS admitted,
                       count(*) FILTER (WHERE status = 'WAITLISTED') AS waiting
                FROM episode WHERE status IN ('ADMITTED', 'WAITLISTED') GROUP BY track_id""")
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> counts.put(
                        new TrackId(rs.getObject("track_id", UUID.class)),
                        new Occupancy(rs.getInt("admitted"), rs.getInt("waiting"))));
        return counts;
    }

    private static Episode episode(ResultSet rs, int row) throws SQLException {
        String payerName = rs.getString("payer_name");
        Integer units = (Integer) rs.getObject("authorized_units");
        AdmissionTerms.Payer payer = payerName == null ? null : new AdmissionTerms.Payer(payerName,
                rs.getString("member_id"), rs.getString("authorization_number"), units,
                rs.getObject("authorization_start", LocalDate.class), rs.getObject("authorization_end", LocalDate.class));
        LocalDate certifiedOn = rs.getObject("certified_on", LocalDate.class);
        AdmissionTerms.Certification cert = certifiedOn == null ? null
                : new AdmissionTerms.Certification(certifiedOn, rs.getString("certifying_physician"));
        BigDecimal hours = rs.getBigDecimal("weekly_hours");
        AdmissionTerms terms = new AdmissionTerms(rs.getObject("admitted_on", LocalDate.class),
                rs.getInt("planned_length_days"), rs.getObject("planned_end", LocalDate.class), hours,
                LevelOfCare.fromCode(rs.getString("level_of_care")).orElseThrow(),
                List.of((String[]) rs.getArray("diagnoses").getArray()), payer, cert, List.of());
        @Nullable UUID referral = rs.getObject("referral_id", UUID.class);
        Episode episode = new Episode(new EpisodeId(rs.getObject("id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), new ProgramId(rs.getObject("program_id", UUID.class)),
                new TrackId(rs.getObject("track_id", UUID.class)), referral, terms,
                EpisodeStatus.valueOf(rs.getString("status")), rs.getInt("version"));
        UUID previous = rs.getObject("previous_episode_id", UUID.class);
        if (previous != null) {
            episode.follows(new EpisodeId(previous));
        }
        return episode;
    }

    static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
