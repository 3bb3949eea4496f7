package org.stepwise.security.internal;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.staff.Role;

/** Which roles an administrator requires to sign in with a TOTP second factor (table role_policy). */
@Component
public class MfaPolicy {

    private final JdbcClient jdbc;

    MfaPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean requiredFor(Role role) {
        return jdbc.sql("SELECT mfa_required FROM role_policy WHERE role = ?")
                .param(role.name())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public Map<Role, Boolean> all() {
        Map<Role, Boolean> required = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            required.put(role, false);
        }
        jdbc.sql("SELECT role, mfa_required FROM role_policy")
                .query((rs, row) -> required.put(Role.valueOf(rs.getString(1)), rs.getBoolean(2)))
                .list();
        return required;
    }

    public void require(Role role, boolean required) {
        jdbc.sql("UPDATE role_policy SET mfa_required = ? WHERE role = ?").params(required, role.name()).update();
    }
}
