package org.stepwise.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;

/** Passwords, second factors and lockout counters of staff accounts (table staff_login). */
@Repository
public class StaffLogins {

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffLogins(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<LoginRecord> find(String username) {
        return jdbc.sql("""
                SELECT s.id, s.username, s.display_name, s.role, s.active, l.password_hash, l.mfa_secret,
                       l.mfa_enabled, l.failed_logins, l.locked_until
                FROM staff s JOIN staff_login l ON l.staff_id = s.id
                WHERE s.username = ?""")
                .param(username)
                .query(StaffLogins::map)
                .optional();
    }

    public Optional<LoginRecord> find(StaffId staffId) {
        return jdbc.sql("""
                SELECT s.id, s.username, s.display_name, s.role, s.active, l.password_hash, l.mfa_secret,
                       l.mfa_enabled, l.failed_logins, l.locked_until
                FROM staff s JOIN staff_login l ON l.staff_id = s.id
                WHERE s.id = ?""")
                .param(staffId.value())
                .query(StaffLogins::map)
                .optional();
    }

    public void create(StaffId staffId, String passwordHash) {
        jdbc.sql("INSERT INTO staff_login (staff_id, password_hash) VALUES (?, ?)")
                .params(staffId.value(), passwordHash)
                .update();
    }

    public void changePassword(StaffId staffId, String passwordHash) {
        jdbc.sql("UPDATE staff_login SET password_hash = ? WHERE staff_id = ?")
                .params(passwordHash, staffId.value())
                .update();
    }

    /** Counts a failed attempt; the attempt that reaches {@code maxFailures} locks the account and restarts the count. */
    public boolean recordFailure(StaffId staffId, int maxFailures, Duration lockout) {
        OffsetDateTime lockedUntil = OffsetDateTime.ofInstant(clock.instant().plus(lockout), ZoneOffset.UTC);
        return jdbc.sql("""
                UPDATE staff_login
                SET locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END,
                    failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END
                WHERE staff_id = :id
                RETURNING locked_until IS NOT NULL AND locked_until > now()""")
                .param("max", maxFailures)
                .param("until", lockedUntil)
                .param("id", staffId.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void recordSuccess(StaffId staffId) {
        jdbc.sql("""
                UPDATE staff_login SET failed_logins = 0, locked_until = NULL, previous_login_at = last_login_at,
                                       last_login_at = ?
                WHERE staff_id = ?""")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), staffId.value())
                .update();
    }

    public void unlock(StaffId staffId) {
        jdbc.sql("UPDATE staff_login SET failed_logins = 0, locked_until = NULL WHERE staff_id = ?")
                .param(staffId.value())
                .update();
    }

    public void enableMfa(StaffId staffId, String secret) {
        jdbc.sql("UPDATE staff_login SET mfa_secret = ?, mfa_enabled = TRUE WHERE staff_id = ?")
                .params(secret, staffId.value())
                .update();
    }

    public void disableMfa(StaffId staffId) {
        jdbc.sql("UPDATE staff_login SET mfa_secret = NULL, mfa_enabled = FALSE WHERE staff_id = ?")
                .param(staffId.value())
                .update();
    }

    private static LoginRecord map(ResultSet rs, int row) throws SQLException {
        StepwiseUser user = new StepwiseUser(
                new StaffId(rs.getObject("id", UUID.class)),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")));
        @Nullable OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        return new LoginRecord(user, rs.getBoolean("active"), rs.getString("password_hash"), rs.getString("mfa_secret"),
                rs.getBoolean("mfa_enabled"), rs.getInt("failed_logins"),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }

    Instant now() {
        return clock.instant();
    }
}
