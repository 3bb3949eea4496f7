package org.stepwise.clients.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;

/** Who is on each client's care team (table care_team_member). */
@Repository
public class CareTeams {

    private final JdbcClient jdbc;

    CareTeams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CareTeamMember> members(ClientId client) {
        return jdbc.sql("""
                SELECT m.staff_id, s.username, s.display_name, s.role, m.role_on_team, m.added_at
                FROM care_team_member m JOIN staff s ON s.id = m.staff_id
                WHERE m.client_id = ? ORDER BY lower(s.display_name)""")
                .param(client.value())
                .query((rs, row) -> new CareTeamMember(new StaffId(rs.getObject("staff_id", UUID.class)),
                        rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                        rs.getString("role_on_team"), java.util.Objects.requireNonNull(Clients.instant(rs, "added_at"))))
                .list();
    }

    /** Adds a member; false when they are already on the team. */
    public boolean add(ClientId client, StaffId staff, String roleOnTeam, Instant at) {
        return jdbc.sql("""
                INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (client_id, staff_id) DO NOTHING""")
                .params(client.value(), staff.value(), roleOnTeam, Clients.timestamp(at))
                .update() == 1;
    }

    public boolean remove(ClientId client, StaffId staff) {
        return jdbc.sql("DELETE FROM care_team_member WHERE client_id = ? AND staff_id = ?")
                .params(client.value(), staff.value())
                .update() == 1;
    }
}
