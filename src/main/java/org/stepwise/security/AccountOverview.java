package org.stepwise.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;

/**
 * Accounts that need an administrator: locked after failed sign-ins, or without the second factor their role requires.
 * Only active accounts count; a deactivated one cannot sign in anyway.
 */
@Service
public class AccountOverview {

    private static final String LOCKED = """
            FROM staff s JOIN staff_login l ON l.staff_id = s.id
            WHERE s.active AND l.locked_until > ?""";

    private static final String MISSING_MFA = """
            FROM staff s JOIN staff_login l ON l.staff_id = s.id JOIN role_policy p ON p.role = s.role
            WHERE s.active AND p.mfa_required AND NOT l.mfa_enabled""";

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountOverview(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An account named on the security page. */
    public record Account(StaffId id, String username, String displayName, Role role) {}

    public long lockedCount() {
        return jdbc.sql("SELECT count(*) " + LOCKED).param(OffsetDateTime.now(clock)).query(Long.class).single();
    }

    public List<Account> locked() {
        return jdbc.sql("SELECT s.id, s.username, s.display_name, s.role " + LOCKED + " ORDER BY lower(s.display_name)")
                .param(OffsetDateTime.now(clock))
                .query(AccountOverview::account)
                .list();
    }

    public long missingRequiredMfaCount() {
        return jdbc.sql("SELECT count(*) " + MISSING_MFA).query(Long.class).single();
    }

    public List<Account> missingRequiredMfa() {
        return jdbc.sql("SELECT s.id, s.username, s.display_name, s.role " + MISSING_MFA + " ORDER BY lower(s.display_name)")
                .query(AccountOverview::account)
                .list();
    }

    private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Account(new StaffId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")));
    }
}
