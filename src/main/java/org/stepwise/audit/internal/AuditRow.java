package org.stepwise.audit.internal;

import java.security.MessageDigest;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An audit row exactly as stored, for the verifier: every hashed field, its link and its hash. */
public record AuditRow(long seq, Instant occurredAt, String username, String role, @Nullable String clientId,
        String action, String subject, @Nullable String detail, @Nullable String remoteAddress, byte[] prevHash,
        byte[] hash) {

    /** Whether the stored hash is the hash of the stored fields (including the stored link to the row before). */
    boolean contentsMatchHash() {
        return MessageDigest.isEqual(hash, AuditHash.of(seq, occurredAt, username, role, clientId, action, subject,
                detail, remoteAddress, prevHash));
    }
}
