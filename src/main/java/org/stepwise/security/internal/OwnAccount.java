package org.stepwise.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.InvalidRequestException;

/**
 * What every signed-in person may do to their own account: change the password, and set up (or, where the role does not
 * require one, remove) a second factor. A wrong current password counts towards the lockout like a wrong sign-in, so an
 * unattended session cannot be used to guess it.
 */
@Service
public class OwnAccount {

    private final StaffLogins logins;
    private final PasswordEncoder passwords;
    private final StaffAuthenticationProvider provider;
    private final ApiTokens tokens;
    private final Sessions sessions;
    private final MfaPolicy mfaPolicy;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OwnAccount(StaffLogins logins, PasswordEncoder passwords, StaffAuthenticationProvider provider, ApiTokens tokens,
            Sessions sessions, MfaPolicy mfaPolicy, AuditLog audit, JdbcClient jdbc, TransactionTemplate transaction,
            Clock clock) {
        this.logins = logins;
        this.passwords = passwords;
        this.provider = provider;
        this.tokens = tokens;
        this.sessions = sessions;
        this.mfaPolicy = mfaPolicy;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The account as its holder sees it. */
    public record Summary(boolean mfaEnabled, boolean mfaRequired, @Nullable Instant signedInAt,
            @Nullable Instant previousSignInAt) {}

    public enum PasswordChange { CHANGED, LOCKED }

    public Summary summary(StepwiseUser user) {
        return jdbc.sql("SELECT mfa_enabled, last_login_at, previous_login_at FROM staff_login WHERE staff_id = ?")
                .param(user.staffId().value())
                .query((rs, row) -> new Summary(rs.getBoolean(1), mfaPolicy.requiredFor(user.role()),
                        instant(rs.getObject(2, OffsetDateTime.class)), instant(rs.getObject(3, OffsetDateTime.class))))
                .single();
    }

    /**
     * Changes the holder's password after checking the current one; ends their other sessions and their API tokens.
     * Returns {@link PasswordChange#LOCKED} when a wrong current password locked the account.
     */
    public PasswordChange changePassword(StepwiseUser user, @Nullable String current, @Nullable String next,
            @Nullable String confirm, @Nullable String keepSessionId) {
        LoginRecord login = logins.find(user.staffId()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        if (current == null || current.isEmpty()) {
            errors.put("currentPassword", "Enter your current password.");
        } else if (current.length() > Passwords.MAX_LENGTH || !passwords.matches(current, login.passwordHash())) {
            if (provider.recordFailure(login, "wrong current password when changing it")) {
                return PasswordChange.LOCKED;
            }
            errors.put("currentPassword", "That is not your current password.");
        }
        String problem = Passwords.problem(next, user.username());
        if (problem != null) {
            errors.put("newPassword", problem);
        } else if (next.equals(current)) {
            errors.put("newPassword", "Choose a password different from your current one.");
        }
        if (next != null && !next.isEmpty() && !next.equals(confirm)) {
            errors.put("confirmPassword", "The two new passwords differ: type the same password twice.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Your password was not changed. " + String.join(" ", errors.values()),
                    errors);
        }
        transaction.executeWithoutResult(status -> {
            logins.changePassword(user.staffId(), passwords.encode(next));
            tokens.revokeAll(user.staffId());
            sessions.endAllExcept(user.username(), keepSessionId);
            audit.record(AuditAction.ADMIN_CHANGE, null, "staff " + user.username(),
                    "password changed by its holder; other sessions and API tokens ended");
        });
        return PasswordChange.CHANGED;
    }

    /** Turns the second factor on once a code proves the authenticator holds {@code secret}. */
    public void enableMfa(StepwiseUser user, String secret, @Nullable String code) {
        if (!Totp.verify(secret, clean(code), clock.instant())) {
            throw InvalidRequestException.forField("code", "That code is not right. Enter the 6-digit code your "
                    + "authenticator app shows now for Stepwise.");
        }
        transaction.executeWithoutResult(status -> {
            logins.enableMfa(user.staffId(), secret);
            audit.record(AuditAction.ADMIN_CHANGE, null, "staff " + user.username(), "second factor set up by its holder");
        });
    }

    /** Turns the second factor off, with a current code, unless the holder's role requires one. */
    public void disableMfa(StepwiseUser user, @Nullable String code) {
        if (mfaPolicy.requiredFor(user.role())) {
            throw InvalidRequestException.forField("code", "Your role requires a second factor, so it stays on. An "
                    + "administrator can reset it if you lost your authenticator.");
        }
        LoginRecord login = logins.find(user.staffId()).orElseThrow();
        if (!login.mfaEnabled() || login.mfaSecret() == null) {
            return; // already off
        }
        if (!Totp.verify(login.mfaSecret(), clean(code), clock.instant())) {
            throw InvalidRequestException.forField("code", "That code is not right. Enter the 6-digit code your "
                    + "authenticator app shows now for Stepwise.");
        }
        transaction.executeWithoutResult(status -> {
            logins.disableMfa(user.staffId());
            audit.record(AuditAction.ADMIN_CHANGE, null, "staff " + user.username(), "second factor removed by its holder");
        });
    }

    private static String clean(@Nullable String code) {
        return code == null ? "" : code.replace(" ", "").strip();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
