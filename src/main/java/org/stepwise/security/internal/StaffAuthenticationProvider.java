package org.stepwise.security.internal;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.security.StepwiseUser;

/**
 * Checks a username and password against staff_login, counting failures and locking the account after too many. The
 * result's principal is a {@link StepwiseUser}. The second factor, where needed, is checked afterwards.
 */
@Component
public class StaffAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "The username or password is incorrect.";

    private final StaffLogins logins;
    private final PasswordEncoder passwords;
    private final SecurityProperties properties;
    private final AuditLog audit;
    /** Hashed once so that an unknown username costs as much time as a known one. */
    private final String decoyHash;

    StaffAuthenticationProvider(StaffLogins logins, PasswordEncoder passwords, SecurityProperties properties,
            AuditLog audit) {
        this.logins = logins;
        this.passwords = passwords;
        this.properties = properties;
        this.audit = audit;
        this.decoyHash = passwords.encode("decoy-password-never-used");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName()).trim().toLowerCase();
        String password = String.valueOf(authentication.getCredentials());
        Optional<LoginRecord> found = logins.find(username);
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash);
            audit.recordAs(username, "", AuditAction.LOGIN_FAILED, null, "login", "unknown username");
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        LoginRecord login = found.get();
        if (login.lockedAt(logins.now())) {
            audit.recordAs(username, login.user().role().name(), AuditAction.LOGIN_FAILED, null, "login",
                    "account locked");
            throw new LockedException(lockedMessage());
        }
        if (!passwords.matches(password, login.passwordHash())) {
            recordFailure(login, "wrong password");
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        if (!login.active()) {
            audit.recordAs(username, login.user().role().name(), AuditAction.LOGIN_FAILED, null, "login",
                    "account deactivated");
            throw new DisabledException("This account has been deactivated. Ask an administrator.");
        }
        return UsernamePasswordAuthenticationToken.authenticated(login.user(), null, login.user().authorities());
    }

    /** Counts a failed password or second-factor attempt; returns true when it locked the account. */
    public boolean recordFailure(LoginRecord login, String why) {
        boolean locked = logins.recordFailure(login.user().staffId(), properties.maxFailedLogins(), properties.lockout());
        audit.recordAs(login.user().username(), login.user().role().name(), AuditAction.LOGIN_FAILED, null, "login",
                locked ? why + "; account locked" : why);
        return locked;
    }

    String lockedMessage() {
        return "Too many failed attempts: this account is locked for " + properties.lockout().toMinutes()
                + " minutes. Ask an administrator to unlock it sooner.";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
