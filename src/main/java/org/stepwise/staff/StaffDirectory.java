package org.stepwise.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;

/** Looks up staff members for other modules (who is this user, who holds a role). */
@Service
public class StaffDirectory {

    private static final String COLUMNS = "id, username, display_name, role, site_id, active";

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffMember> byUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff WHERE username = ?")
                .param(username)
                .query(StaffDirectory::map)
                .optional();
    }

    public Optional<StaffMember> byId(StaffId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff WHERE id = ?")
                .param(id.value())
                .query(StaffDirectory::map)
                .optional();
    }

    public List<StaffMember> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff ORDER BY lower(display_name)")
                .query(StaffDirectory::map)
                .list();
    }

    public List<StaffMember> activeWithRole(Role role) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff WHERE role = ? AND active ORDER BY lower(display_name)")
                .param(role.name())
                .query(StaffDirectory::map)
                .list();
    }

    private static StaffMember map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        @Nullable UUID site = rs.getObject("site_id", UUID.class);
        return new StaffMember(
                new StaffId(rs.getObject("id", UUID.class)),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                site == null ? null : new SiteId(site),
                rs.getBoolean("active"));
    }
}
