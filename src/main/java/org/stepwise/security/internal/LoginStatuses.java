package org.stepwise.security.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.AccountStatus;
import org.stepwise.staff.AccountStatuses;

/** The staff pages' view of each account's sign-in state, read from staff_login and role_policy. */
@Component
class LoginStatuses implements AccountStatuses {

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginStatuses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<StaffId, AccountStatus> of(Collection<StaffId> staff) {
        if (staff.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT s.id, s.active, l.locked_until > :now AS locked, l.mfa_enabled,
                       COALESCE(p.mfa_required, FALSE) AS mfa_required, l.last_login_at
                FROM staff s JOIN staff_login l ON l.staff_id = s.id LEFT JOIN role_policy p ON p.role = s.role
                WHERE s.id IN (:ids)""")
                .param("now", OffsetDateTime.now(clock))
                .param("ids", staff.stream().map(StaffId::value).toList())
                .query((rs, row) -> {
                    boolean locked = rs.getBoolean("locked");
                    OffsetDateTime last = rs.getObject("last_login_at", OffsetDateTime.class);
                    return Map.entry(new StaffId(rs.getObject("id", UUID.class)), new AccountStatus(
                            rs.getBoolean("active") && !locked, locked, rs.getBoolean("mfa_enabled"),
                            rs.getBoolean("mfa_required"), last == null ? null : last.toInstant()));
                })
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
