package org.stepwise.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;

/**
 * Opaque bearer tokens for the JSON API. Opaque rather than self-contained (JWT) so that a token dies at once when it is
 * revoked or its account is deactivated or locked; only the token's SHA-256 is stored.
 */
@Component
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityProperties properties;

    ApiTokens(JdbcClient jdbc, Clock clock, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    public record IssuedToken(String token, Instant expiresAt) {}

    public IssuedToken issue(StaffId staffId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(properties.apiTokenLifetime());
        jdbc.sql("INSERT INTO api_token (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(hash(token), staffId.value(), utc(now), utc(expiresAt))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    /** The user a token belongs to, while it is unexpired, unrevoked, and its account active and unlocked. */
    public Optional<StepwiseUser> resolve(String token) {
        return jdbc.sql("""
                SELECT s.id, s.username, s.display_name, s.role
                FROM api_token t
                JOIN staff s ON s.id = t.staff_id
                JOIN staff_login l ON l.staff_id = s.id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND s.active
                  AND (l.locked_until IS NULL OR l.locked_until <= ?)""")
                .params(hash(token), utc(clock.instant()), utc(clock.instant()))
                .query((rs, row) -> new StepwiseUser(new StaffId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getString(3), Role.valueOf(rs.getString(4))))
                .optional();
    }

    public void revokeAll(StaffId staffId) {
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE staff_id = ? AND revoked_at IS NULL")
                .params(utc(clock.instant()), staffId.value())
                .update();
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
