package org.stepwise.security.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.NewStaff;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffManagement;
import org.stepwise.staff.StaffRecord;

/**
 * What an administrator does to accounts: create one with its first password, reset a password, unlock, reset the
 * second factor, and require a second factor per role. Each is one transaction with its audit row; no password or
 * secret is ever written to the audit log.
 */
@Service
public class AccountAdministration {

    private final StaffManagement staff;
    private final StaffLogins logins;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;
    private final Sessions sessions;
    private final MfaPolicy mfaPolicy;
    private final AuditLog audit;

    AccountAdministration(StaffManagement staff, StaffLogins logins, PasswordEncoder passwords, ApiTokens tokens,
            Sessions sessions, MfaPolicy mfaPolicy, AuditLog audit) {
        this.staff = staff;
        this.logins = logins;
        this.passwords = passwords;
        this.tokens = tokens;
        this.sessions = sessions;
        this.mfaPolicy = mfaPolicy;
        this.audit = audit;
    }

    /**
     * A new account and the password its holder signs in with first.
     *
     * @param generated the password, when the system chose it (to be shown once and never stored in clear)
     */
    public record NewAccount(StaffId id, @Nullable String generated) {}

    /** Creates the staff record and its login; a null password means "generate one". */
    @Transactional
    public NewAccount create(NewStaff details, @Nullable String password) {
        String chosen = password == null ? Passwords.generate() : password;
        Map<String, String> errors = new LinkedHashMap<>();
        StaffId id = null;
        try {
            id = staff.create(details);
        } catch (InvalidRequestException e) {
            errors.putAll(e.fieldErrors());
        }
        String problem = Passwords.problem(chosen, details.username() == null ? "" : details.username());
        if (problem != null) {
            errors.put("password", problem);
        }
        if (!errors.isEmpty() || id == null) {
            // Thrown inside the transaction, so a staff row already inserted is rolled back with it.
            throw new InvalidRequestException("Nothing was saved. " + String.join(" ", errors.values()), errors);
        }
        logins.create(id, passwords.encode(chosen));
        return new NewAccount(id, password == null ? chosen : null);
    }

    /** Sets a new password (null: generate one), clears a lockout, and ends the holder's sessions and tokens. */
    @Transactional
    public @Nullable String resetPassword(StaffId id, @Nullable String password) {
        StaffRecord record = staff.get(id);
        requireLogin(id);
        String chosen = password == null ? Passwords.generate() : password;
        String problem = Passwords.problem(chosen, record.username());
        if (problem != null) {
            throw InvalidRequestException.forField("password", problem);
        }
        logins.changePassword(id, passwords.encode(chosen));
        logins.unlock(id);
        tokens.revokeAll(id);
        sessions.endAll(record.username());
        audit.record(AuditAction.ADMIN_CHANGE, null, "staff " + record.username(),
                "password reset by an administrator; sessions and API tokens ended");
        return password == null ? chosen : null;
    }

    @Transactional
    public void unlock(StaffId id) {
        StaffRecord record = staff.get(id);
        requireLogin(id);
        logins.unlock(id);
        audit.record(AuditAction.ADMIN_CHANGE, null, "staff " + record.username(), "account unlocked");
    }

    /** Forgets the second factor: the holder enrols a new authenticator at next sign-in if their role requires one. */
    @Transactional
    public void resetMfa(StaffId id) {
        StaffRecord record = staff.get(id);
        requireLogin(id);
        logins.disableMfa(id);
        audit.record(AuditAction.ADMIN_CHANGE, null, "staff " + record.username(), "second factor reset");
    }

    /** Requires a second factor for exactly these roles; audits only what changed. */
    @Transactional
    public void requireMfaFor(Set<Role> required) {
        Map<Role, Boolean> before = mfaPolicy.all();
        List<String> changes = new java.util.ArrayList<>();
        for (Role role : Role.values()) {
            boolean now = required.contains(role);
            if (before.get(role) != now) {
                mfaPolicy.require(role, now);
                changes.add((now ? "required for " : "no longer required for ") + role.name());
            }
        }
        if (!changes.isEmpty()) {
            audit.record(AuditAction.ADMIN_CHANGE, null, "security policy", "second factor " + String.join("; ", changes));
        }
    }

    public Set<Role> mfaRequiredRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        mfaPolicy.all().forEach((role, required) -> {
            if (required) {
                roles.add(role);
            }
        });
        return roles;
    }

    private void requireLogin(StaffId id) {
        if (logins.find(id).isEmpty()) {
            throw new NotFoundException("This staff member has no login to change.");
        }
    }
}
