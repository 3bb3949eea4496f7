package org.stepwise.aftercare.internal;

import java.sql.Array;
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
import org.stepwise.aftercare.AftercareContent;
import org.stepwise.aftercare.AftercareVersion;
import org.stepwise.aftercare.Handout;
import org.stepwise.aftercare.PacketSection;
import org.stepwise.aftercare.ReferralOut;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Aftercare plans (tables {@code aftercare_plan}, {@code aftercare_plan_version}, {@code aftercare_handout},
 * {@code aftercare_referral}): a row per episode, its versions, the copies handed out and the referrals sent.
 */
@Repository
public class AftercareStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The plan's row: which episode and client, and its optimistic lock. */
    public record PlanRow(UUID id, EpisodeId episode, ClientId client, int version) {}

    private final JdbcClient jdbc;

    AftercareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertIfAbsent(EpisodeId episode, ClientId client, Instant now) {
        jdbc.sql("""
                INSERT INTO aftercare_plan (id, episode_id, client_id, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (episode_id) DO NOTHING""")
                .params(UUID.randomUUID(), episode.value(), client.value(), timestamp(now)).update();
    }

    public Optional<PlanRow> find(EpisodeId episode) {
        return jdbc.sql("SELECT * FROM aftercare_plan WHERE episode_id = ?").param(episode.value())
                .query(AftercareStore::row).optional();
    }

    /** The plan's row, locked until the transaction ends, so that two saves, reviews or shares take turns. */
    public Optional<PlanRow> lock(EpisodeId episode) {
        return jdbc.sql("SELECT * FROM aftercare_plan WHERE episode_id = ? FOR UPDATE").param(episode.value())
                .query(AftercareStore::row).optional();
    }

    public void bump(UUID plan) {
        jdbc.sql("UPDATE aftercare_plan SET version = version + 1 WHERE id = ?").param(plan).update();
    }

    /** Every version of the plan, oldest first. */
    public List<AftercareVersion> versions(UUID plan) {
        return jdbc.sql("""
                SELECT v.*, c.display_name AS created_name, u.display_name AS updated_name,
                       r.display_name AS reviewed_name
                FROM aftercare_plan_version v JOIN staff c ON c.id = v.created_by JOIN staff u ON u.id = v.updated_by
                LEFT JOIN staff r ON r.id = v.reviewed_by
                WHERE v.plan_id = ? ORDER BY v.number""")
                .param(plan)
                .query((rs, n) -> new AftercareVersion(rs.getInt("number"), ContentJson.read(rs.getString("content")),
                        rs.getString("content_hash"), instant(rs, "created_at"), rs.getString("created_name"),
                        instant(rs, "updated_at"), rs.getString("updated_name"),
                        rs.getObject("reviewed_on", LocalDate.class), rs.getString("reviewed_name")))
                .list();
    }

    public void insertVersion(UUID plan, int number, AftercareContent content, String hash, StaffId by, Instant now) {
        jdbc.sql("""
                INSERT INTO aftercare_plan_version (plan_id, number, content, content_hash, created_at, created_by,
                    updated_at, updated_by)
                VALUES (?, ?, ?::jsonb, ?, ?, ?, ?, ?)""")
                .params(plan, number, ContentJson.write(content), hash, timestamp(now), by.value(), timestamp(now),
                        by.value())
                .update();
    }

    /** Rewrites a version not yet reviewed with the client; false when it was reviewed meanwhile. */
    public boolean updateUnreviewed(UUID plan, int number, AftercareContent content, String hash, StaffId by,
            Instant now) {
        return jdbc.sql("""
                UPDATE aftercare_plan_version SET content = ?::jsonb, content_hash = ?, updated_at = ?, updated_by = ?
                WHERE plan_id = ? AND number = ? AND reviewed_on IS NULL""")
                .params(ContentJson.write(content), hash, timestamp(now), by.value(), plan, number).update() == 1;
    }

    public boolean markReviewed(UUID plan, int number, LocalDate on, StaffId by, Instant now) {
        return jdbc.sql("""
                UPDATE aftercare_plan_version SET reviewed_on = ?, reviewed_by = ?, reviewed_at = ?
                WHERE plan_id = ? AND number = ? AND reviewed_on IS NULL""")
                .params(on, by.value(), timestamp(now), plan, number).update() == 1;
    }

    public List<Handout> handouts(UUID plan) {
        return jdbc.sql("""
                SELECT h.*, s.display_name FROM aftercare_handout h JOIN staff s ON s.id = h.given_by
                WHERE h.plan_id = ? ORDER BY h.recorded_at""")
                .param(plan)
                .query((rs, n) -> new Handout(rs.getObject("id", UUID.class), rs.getInt("version_number"),
                        Handout.Recipient.valueOf(rs.getString("recipient")),
                        rs.getObject("support_person_id", UUID.class), rs.getString("recipient_name"),
                        rs.getObject("given_on", LocalDate.class), rs.getString("display_name"),
                        instant(rs, "recorded_at"), rs.getObject("disclosure_id", UUID.class)))
                .list();
    }

    public void insertHandout(UUID plan, Handout h, StaffId by) {
        jdbc.sql("""
                INSERT INTO aftercare_handout (id, plan_id, version_number, recipient, support_person_id,
                    recipient_name, given_on, given_by, recorded_at, disclosure_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(h.id(), plan, h.versionNumber(), h.recipient().name(), h.supportPerson(), h.recipientName(),
                        h.givenOn(), by.value(), timestamp(h.recordedAt()), h.disclosure())
                .update();
    }

    public List<ReferralOut> referrals(UUID plan) {
        return jdbc.sql("""
                SELECT r.*, s.display_name FROM aftercare_referral r JOIN staff s ON s.id = r.sent_by
                WHERE r.plan_id = ? ORDER BY r.recorded_at""")
                .param(plan)
                .query(AftercareStore::referral)
                .list();
    }

    public void insertReferral(UUID plan, ReferralOut r, StaffId by) {
        jdbc.sql("""
                INSERT INTO aftercare_referral (id, plan_id, version_number, recipient_name, included, left_out,
                    disclosure_ids, sent_on, sent_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""")
                .params(r.id(), plan, r.versionNumber(), r.recipientName(),
                        r.included().stream().map(Enum::name).toArray(String[]::new),
                        JSON.writeValueAsString(r.leftOut()), r.disclosures().toArray(UUID[]::new), r.sentOn(),
                        by.value(), timestamp(r.recordedAt()))
                .update();
    }

    private static ReferralOut referral(ResultSet rs, int n) throws SQLException {
        Array included = rs.getArray("included");
        Array disclosures = rs.getArray("disclosure_ids");
        List<ReferralOut.LeftOut> leftOut = JSON.readValue(rs.getString("left_out"),
                new TypeReference<List<ReferralOut.LeftOut>>() {});
        return new ReferralOut(rs.getObject("id", UUID.class), rs.getInt("version_number"),
                rs.getString("recipient_name"),
                Arrays.stream((String[]) included.getArray()).map(PacketSection::valueOf).toList(), leftOut,
                Arrays.asList((UUID[]) disclosures.getArray()), rs.getObject("sent_on", LocalDate.class),
                rs.getString("display_name"), instant(rs, "recorded_at"));
    }

    private static PlanRow row(ResultSet rs, int n) throws SQLException {
        return new PlanRow(rs.getObject("id", UUID.class), new EpisodeId(rs.getObject("episode_id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
