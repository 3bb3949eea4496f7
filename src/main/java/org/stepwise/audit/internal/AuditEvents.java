package org.stepwise.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.shared.ClientId;

/**
 * The audit report's queries: newest first by sequence number, keyset-paged ({@code seq < before}), each filter a
 * condition served by an index of V20.
 */
@Component
class AuditEvents {

    private final JdbcClient jdbc;

    AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row as read, before client labels are added. */
    record Row(long seq, OffsetDateTime occurredAt, String username, String role, @Nullable ClientId client,
            String action, String subject, @Nullable String detail, @Nullable String remoteAddress) {}

    /**
     * Up to {@code limit} events matching the criteria, newest first, all older than {@code before} (when given).
     * Days are whole days in {@code zone}; {@code to} is inclusive.
     */
    List<Row> newestFirst(AuditCriteria criteria, ZoneId zone, @Nullable Long before, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT seq, occurred_at, username, role, client_id, action, subject, detail, remote_address
                FROM audit_event WHERE TRUE""");
        List<Object> params = new ArrayList<>();
        if (criteria.username() != null) {
            sql.append(" AND username = ?");
            params.add(criteria.username());
        }
        if (criteria.client() != null) {
            sql.append(" AND client_id = ?");
            params.add(criteria.client().value());
        }
        if (criteria.action() != null) {
            sql.append(" AND action = ?");
            params.add(criteria.action().name());
        }
        if (criteria.from() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(criteria.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (criteria.to() != null) {
            sql.append(" AND occurred_at < ?");
            params.add(criteria.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (before != null) {
            sql.append(" AND seq < ?");
            params.add(before);
        }
        sql.append(" ORDER BY seq DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(AuditEvents::map).list();
    }

    /** The sequence number of the newest row the chain records (0 when empty). */
    long newestSeq() {
        return jdbc.sql("SELECT last_seq FROM audit_chain_head WHERE id = 1").query(Long.class).optional().orElse(0L);
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        UUID client = rs.getObject("client_id", UUID.class);
        return new Row(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("username"),
                rs.getString("role"), client == null ? null : new ClientId(client), rs.getString("action"),
                rs.getString("subject"), rs.getString("detail"), rs.getString("remote_address"));
    }
}
