package org.stepwise.attendance.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;

/**
 * Idempotency keys of the check-in API (table {@code attendance_request}). The key is claimed in the same transaction as
 * the check-in it guards: a retry that arrives while the first is still running waits for it and then replays its
 * answer; a check-in that is refused rolls its claim back, so nothing remembers a request that changed nothing. Keys
 * are kept {@link #KEPT} and are per caller.
 */
@Component
public class CheckInRequests {

    public static final Duration KEPT = Duration.ofHours(48);
    public static final String HEADER = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:~+/=-]{8,200}");

    /** An answer to send: new, or the stored one replayed. */
    public record Answer(int status, String body, @Nullable ClientId client, boolean replayed) {}

    /** The same key came with a different request: answered with 422. */
    public static class KeyReused extends RuntimeException {
        public KeyReused(String message) {
            super(message);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CheckInRequests(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws InvalidRequestException when the header is missing or not 8 to 200 letters, digits and {@code -_.:~+/=}
     *     (a UUID, a ULID, base64)
     */
    public static String checkedKey(@Nullable String key) {
        if (key == null || key.isBlank()) {
            throw InvalidRequestException.forField(HEADER, "Send an " + HEADER + " header with each check-in (a UUID "
                    + "will do), and the same one when you retry it.");
        }
        if (!KEY.matcher(key).matches()) {
            throw InvalidRequestException.forField(HEADER, "An " + HEADER + " is 8 to 200 letters, digits and - _ . : ~ "
                    + "+ / = (a UUID will do).");
        }
        return key;
    }

    /** SHA-256 of the parts that make a request what it is (the session and the body's fields). */
    public static byte[] fingerprint(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code work} once per caller and key: the first time it runs and its answer is stored; afterwards the stored
     * answer is replayed and nothing runs.
     *
     * @throws KeyReused when the key was used for a different request
     */
    @Transactional
    public Answer once(String caller, String key, byte[] fingerprint, Supplier<Answer> work) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM attendance_request WHERE caller = ? AND idempotency_key = ? AND created_at < ?")
                .params(caller, key, AttendanceStore.timestamp(now.minus(KEPT)))
                .update();
        boolean claimed = jdbc.sql("""
                INSERT INTO attendance_request (caller, idempotency_key, fingerprint, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (caller, idempotency_key) DO NOTHING""")
                .params(caller, key, fingerprint, AttendanceStore.timestamp(now))
                .update() == 1;
        if (!claimed) {
            Answer replayed = replay(caller, key, fingerprint);
            if (replayed.client() != null) {
                // The answer shows the client's attendance again: a view, not a change.
                audit.record(AuditAction.VIEW, replayed.client(), "attendance", "answer replayed for a retried check-in");
            }
            return replayed;
        }
        Answer answer = work.get();
        jdbc.sql("""
                UPDATE attendance_request SET response_status = ?, response_body = ?, client_id = ?
                WHERE caller = ? AND idempotency_key = ?""")
                .params(answer.status(), answer.body(), answer.client() == null ? null : answer.client().value(),
                        caller, key)
                .update();
        return answer;
    }

    private Answer replay(String caller, String key, byte[] fingerprint) {
        record Stored(byte[] fingerprint, @Nullable Integer status, @Nullable String body, @Nullable UUID client,
                OffsetDateTime at) {}
        Optional<Stored> stored = jdbc.sql("""
                SELECT fingerprint, response_status, response_body, client_id, created_at FROM attendance_request
                WHERE caller = ? AND idempotency_key = ?""")
                .params(caller, key)
                .query((rs, n) -> new Stored(rs.getBytes(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getObject(5, OffsetDateTime.class)))
                .optional();
        if (stored.isEmpty() || stored.get().status() == null || stored.get().body() == null) {
            throw new ConflictException("A check-in with this " + HEADER + " is still being recorded; send it again in "
                    + "a moment to get its answer.");
        }
        Stored s = stored.get();
        if (!Arrays.equals(s.fingerprint(), fingerprint)) {
            throw new KeyReused("This " + HEADER + " was used at " + s.at().toInstant() + " for a different check-in; "
                    + "nothing was changed. Use a new key for a new check-in, and the same key only to retry the same "
                    + "one.");
        }
        return new Answer(s.status(), s.body(), s.client() == null ? null : new ClientId(s.client()), true);
    }

    /** Forgets keys older than {@link #KEPT}, hourly; any instance may do it, the delete is the same either way. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    void forgetOldKeys() {
        jdbc.sql("DELETE FROM attendance_request WHERE created_at < ?")
                .param(AttendanceStore.timestamp(clock.instant().minus(KEPT)))
                .update();
    }
}
