package org.stepwise.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the chain as stored, for the verifier: the head, and the rows in sequence order in batches. */
@Component
public class AuditRows {

    private final JdbcClient jdbc;

    AuditRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the chain head records: the newest row's sequence number and hash. */
    public record Head(long seq, byte[] hash) {}

    public Optional<Head> head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getBytes(2)))
                .optional();
    }

    /** Up to {@code limit} rows with a sequence number above {@code afterSeq}, in sequence order (keyset paging). */
    public List<AuditRow> after(long afterSeq, int limit) {
        return jdbc.sql("""
                SELECT seq, occurred_at, username, role, client_id, action, subject, detail, remote_address,
                       prev_hash, hash
                FROM audit_event WHERE seq > ? ORDER BY seq LIMIT ?""")
                .params(afterSeq, limit)
                .query(AuditRows::map)
                .list();
    }

    private static AuditRow map(ResultSet rs, int row) throws SQLException {
        UUID client = rs.getObject("client_id", UUID.class);
        return new AuditRow(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"), rs.getString("role"), client == null ? null : client.toString(),
                rs.getString("action"), rs.getString("subject"), rs.getString("detail"), rs.getString("remote_address"),
                rs.getBytes("prev_hash"), rs.getBytes("hash"));
    }
}
