package org.stepwise.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.intake.referral.Referral;
import org.stepwise.intake.referral.ReferralDetails;
import org.stepwise.intake.referral.ReferralSource;
import org.stepwise.intake.referral.ReferralStatus;
import org.stepwise.intake.referral.StatusChange;
import org.stepwise.intake.referral.Urgency;
import org.stepwise.shared.ClientId;

/**
 * Referrals in PostgreSQL with plain SQL. Optimistic locking is explicit: {@link #save} names the version the referral
 * was loaded at and changes nothing when another transaction has moved it on; the history is only ever appended to.
 */
@Repository
public class Referrals {

    private static final String COLUMNS = """
            r.id, r.source, r.referrer_name, r.referrer_organisation, r.referrer_phone, r.referrer_email, r.given_name,
            r.family_name, r.date_of_birth, r.phone, r.client_id, r.reason, r.urgency, r.payer_name, r.member_id,
            r.program_id, r.received_at, r.status, r.status_changed_at, r.created_at, r.created_by, r.version""";

    /** The statuses in which something may still happen to a referral: the board shows all of these. */
    private static final List<String> UNFINISHED = Arrays.stream(ReferralStatus.values()).filter(s -> !s.isFinal())
            .map(Enum::name).toList();

    private final JdbcClient jdbc;

    Referrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new referral; false, storing nothing, when one with its id exists already (a retried submission). */
    public boolean insert(Referral referral) {
        ReferralDetails d = referral.details();
        return jdbc.sql("""
                INSERT INTO referral (id, source, referrer_name, referrer_organisation, referrer_phone, referrer_email,
                    given_name, family_name, date_of_birth, phone, client_id, reason, urgency, payer_name, member_id,
                    program_id, received_at, status, status_changed_at, created_at, created_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                ON CONFLICT (id) DO NOTHING""")
                .params(referral.id(), d.source().name(), d.referrerName(), d.referrerOrganisation(), d.referrerPhone(),
                        d.referrerEmail(), d.givenName(), d.familyName(), d.dateOfBirth(), d.phone(),
                        referral.client() == null ? null : referral.client().value(), d.reason(), d.urgency().name(),
                        d.payerName(), d.memberId(), d.programId(), timestamp(d.receivedAt()),
                        referral.status().name(), timestamp(referral.statusChangedAt()),
                        timestamp(referral.createdAt()), referral.createdBy())
                .update() == 1;
    }

    public Optional<Referral> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM referral r WHERE r.id = ?")
                .param(id)
                .query(Referrals::referral)
                .optional();
    }

    /**
     * Saves the moves and the client link made since loading. False, changing nothing, when the stored referral is no
     * longer at the version it was loaded at.
     */
    public boolean save(Referral referral) {
        int updated = jdbc.sql("""
                UPDATE referral SET status = ?, status_changed_at = ?, client_id = ?, version = version + 1
                 WHERE id = ? AND version = ?""")
                .params(referral.status().name(), timestamp(referral.statusChangedAt()),
                        referral.client() == null ? null : referral.client().value(), referral.id(), referral.version())
                .update();
        if (updated == 0) {
            return false;
        }
        for (StatusChange change : referral.newChanges()) {
            jdbc.sql("""
                    INSERT INTO referral_status_change (referral_id, seq, from_status, to_status, reason, changed_by,
                                                        changed_at)
                    SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ? FROM referral_status_change WHERE referral_id = ?""")
                    .params(referral.id(), change.from().name(), change.to().name(), change.reason(), change.by(),
                            timestamp(change.at()), referral.id())
                    .update();
        }
        return true;
    }

    /** The referral's moves, oldest first. */
    public List<StatusChange> history(UUID id) {
        return jdbc.sql("""
                SELECT from_status, to_status, reason, changed_by, changed_at FROM referral_status_change
                 WHERE referral_id = ? ORDER BY seq""")
                .param(id)
                .query((rs, row) -> new StatusChange(ReferralStatus.valueOf(rs.getString(1)),
                        ReferralStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        instant(rs, "changed_at")))
                .list();
    }

    /**
     * The board: every open referral, and those that reached an outcome since {@code outcomesSince}, oldest receipt
     * first, optionally of one program and one source.
     */
    public List<Referral> board(@Nullable UUID program, @Nullable ReferralSource source, Instant outcomesSince) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM referral r
                WHERE (r.status IN (:unfinished) OR r.status_changed_at >= :since)
                  AND (CAST(:program AS uuid) IS NULL OR r.program_id = :program)
                  AND (CAST(:source AS text) IS NULL OR r.source = :source)
                ORDER BY r.received_at, r.id LIMIT 1000""")
                .param("unfinished", UNFINISHED)
                .param("since", timestamp(outcomesSince))
                .param("program", program)
                .param("source", source == null ? null : source.name())
                .query(Referrals::referral)
                .list();
    }

    /** Referrals in a status (every status when null), the most recently received first, at most {@code limit}. */
    public List<Referral> withStatus(@Nullable ReferralStatus status, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM referral r WHERE (CAST(:status AS text) IS NULL OR r.status = :status)
                ORDER BY r.received_at DESC, r.id LIMIT :limit""")
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query(Referrals::referral)
                .list();
    }

    public List<Referral> forClient(ClientId client) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM referral r WHERE r.client_id = ? ORDER BY r.received_at DESC")
                .param(client.value())
                .query(Referrals::referral)
                .list();
    }

    public long countWithStatus(List<ReferralStatus> statuses) {
        return jdbc.sql("SELECT count(*) FROM referral WHERE status IN (:statuses)")
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query(Long.class)
                .single();
    }

    public long countNewReceivedBefore(Instant before) {
        return jdbc.sql("SELECT count(*) FROM referral WHERE status = 'NEW' AND received_at < ?")
                .param(timestamp(before))
                .query(Long.class)
                .single();
    }

    /** Per source: the medians, in hours, over referrals received in [from, to). */
    public record SourceMedians(ReferralSource source, long received, @Nullable Double hoursToFirstContact,
            @Nullable Double hoursToDecision, @Nullable Double hoursToAdmission) {}

    /**
     * For each source with referrals received from {@code from} (inclusive) to {@code to} (exclusive): how many, and the
     * median time from receipt to the first contact, to the decision stage and to admission, over the referrals that
     * reached each (the first time they reached it).
     */
    public List<SourceMedians> mediansBySource(Instant from, Instant to) {
        return jdbc.sql("""
                WITH timed AS (
                    SELECT r.source,
                           (SELECT min(c.changed_at) FROM referral_status_change c
                             WHERE c.referral_id = r.id AND c.to_status = 'FIRST_CONTACT') - r.received_at AS first_contact,
                           (SELECT min(c.changed_at) FROM referral_status_change c
                             WHERE c.referral_id = r.id AND c.to_status = 'DECISION') - r.received_at AS decision,
                           (SELECT min(c.changed_at) FROM referral_status_change c
                             WHERE c.referral_id = r.id AND c.to_status = 'ADMITTED') - r.received_at AS admission
                      FROM referral r
                     WHERE r.received_at >= :from AND r.received_at < :to)
                SELECT source, count(*) AS received,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_contact)) / 3600 AS first_contact,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decision)) / 3600 AS decision,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM admission)) / 3600 AS admission
                  FROM timed GROUP BY source ORDER BY source""")
                .param("from", timestamp(from))
                .param("to", timestamp(to))
                .query((rs, row) -> new SourceMedians(ReferralSource.valueOf(rs.getString("source")),
                        rs.getLong("received"), number(rs, "first_contact"), number(rs, "decision"),
                        number(rs, "admission")))
                .list();
    }

    private static @Nullable Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Referral referral(ResultSet rs, int row) throws SQLException {
        UUID client = rs.getObject("client_id", UUID.class);
        ReferralDetails details = new ReferralDetails(ReferralSource.valueOf(rs.getString("source")),
                rs.getString("referrer_name"), rs.getString("referrer_organisation"), rs.getString("referrer_phone"),
                rs.getString("referrer_email"), rs.getString("given_name"), rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("phone"), client, rs.getString("reason"),
                Urgency.valueOf(rs.getString("urgency")), rs.getString("payer_name"), rs.getString("member_id"),
                rs.getObject("program_id", UUID.class), instant(rs, "received_at"));
        return new Referral(rs.getObject("id", UUID.class), details, client == null ? null : new ClientId(client),
                ReferralStatus.valueOf(rs.getString("status")), instant(rs, "status_changed_at"),
                instant(rs, "created_at"), rs.getString("created_by"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

}
