package org.stepwise.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;

/**
 * The signed-in staff member as the rest of the application sees them. Serializable because it lives in the
 * PostgreSQL-backed HTTP session. Carries no password.
 */
public record StepwiseUser(StaffId staffId, String username, String displayName, Role role)
        implements AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Held by every fully signed-in user (password and, where required, the second factor). */
    public static final String SIGNED_IN = "SIGNED_IN";

    /** The name Spring Security (and the session table) records for this user. */
    @Override
    public String getName() {
        return username;
    }

    public boolean can(Permission permission) {
        return RolePermissions.allows(role, permission);
    }

    public Collection<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
        RolePermissions.of(role).forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        return authorities;
    }
}
