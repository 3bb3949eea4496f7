package org.stepwise.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditEntry;

/**
 * Appends rows to the hash chain. The chain head row is locked for the append, which serialises writers: each row's
 * sequence number is gapless and its previous hash is the row before it, so an inserted or deleted row breaks the chain.
 */
@Component
public class AuditChain {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditChain(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long append(AuditEntry entry) {
        ChainHead head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new ChainHead(rs.getLong(1), rs.getBytes(2)))
                .single();
        long seq = head.lastSeq() + 1;
        // PostgreSQL keeps microseconds; hashing the stored precision lets the verifier recompute the same hash.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String clientId = entry.client() == null ? null : entry.client().toString();
        byte[] hash = AuditHash.of(seq, at, entry.username(), entry.role(), clientId, entry.action().name(),
                entry.subject(), entry.detail(), entry.remoteAddress(), head.lastHash());
        jdbc.sql("""
                INSERT INTO audit_event (seq, occurred_at, username, role, client_id, action, subject, detail,
                                         remote_address, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?::uuid, ?, ?, ?, ?, ?, ?)""")
                .params(seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), entry.username(), entry.role(), clientId,
                        entry.action().name(), entry.subject(), entry.detail(), entry.remoteAddress(), head.lastHash(),
                        hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, hash).update();
        return seq;
    }

    private record ChainHead(long lastSeq, byte[] lastHash) {}
}
