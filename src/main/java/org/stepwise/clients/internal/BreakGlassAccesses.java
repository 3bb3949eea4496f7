package org.stepwise.clients.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** Emergency accesses to charts outside one's care team (table break_glass_access) and their review. */
@Repository
public class BreakGlassAccesses {

    private final JdbcClient jdbc;

    BreakGlassAccesses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, StaffId staff, String username, ClientId client, String reason, Instant grantedAt,
            Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO break_glass_access (id, staff_id, username, client_id, reason, granted_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, staff.value(), username, client.value(), reason, Clients.timestamp(grantedAt),
                        Clients.timestamp(expiresAt))
                .update();
    }

    /** Accesses not yet reviewed by a director, oldest first. */
    public List<BreakGlassEntry> unreviewed() {
        return jdbc.sql("""
                SELECT b.id, b.username, s.display_name, b.client_id, c.record_number,
                       coalesce(c.preferred_name, c.given_name) || ' ' || c.family_name AS client_name,
                       b.reason, b.granted_at, b.expires_at
                FROM break_glass_access b
                JOIN staff s ON s.id = b.staff_id
                JOIN client c ON c.id = b.client_id
                WHERE b.reviewed_at IS NULL
                ORDER BY b.granted_at""")
                .query((rs, row) -> new BreakGlassEntry(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), new ClientId(rs.getObject("client_id", UUID.class)),
                        rs.getString("record_number"), rs.getString("client_name"), rs.getString("reason"),
                        java.util.Objects.requireNonNull(Clients.instant(rs, "granted_at")),
                        java.util.Objects.requireNonNull(Clients.instant(rs, "expires_at"))))
                .list();
    }

    public long countUnreviewed() {
        return jdbc.sql("SELECT count(*) FROM break_glass_access WHERE reviewed_at IS NULL").query(Long.class).single();
    }

    /** The client of an unreviewed access, if there is one with this id. */
    public java.util.Optional<ClientId> unreviewedClient(UUID id) {
        return jdbc.sql("SELECT client_id FROM break_glass_access WHERE id = ? AND reviewed_at IS NULL")
                .param(id)
                .query((rs, row) -> new ClientId(rs.getObject(1, UUID.class)))
                .optional();
    }

    /** Marks an access reviewed; false when there is no such unreviewed access. */
    public boolean markReviewed(UUID id, String reviewer, Instant at) {
        return jdbc.sql("UPDATE break_glass_access SET reviewed_by = ?, reviewed_at = ? WHERE id = ? AND reviewed_at IS NULL")
                .params(reviewer, Clients.timestamp(at), id)
                .update() == 1;
    }
}
