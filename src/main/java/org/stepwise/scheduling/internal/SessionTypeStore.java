package org.stepwise.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.scheduling.Modality;
import org.stepwise.scheduling.SessionCategory;
import org.stepwise.scheduling.SessionType;
import org.stepwise.scheduling.SessionTypeDetails;

/** Session types (table {@code session_type}). */
@Repository
public class SessionTypeStore {

    private final JdbcClient jdbc;

    SessionTypeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SessionType> all() {
        return jdbc.sql("SELECT * FROM session_type ORDER BY active DESC, category, lower(name)")
                .query(SessionTypeStore::map).list();
    }

    public Optional<SessionType> find(UUID id) {
        return jdbc.sql("SELECT * FROM session_type WHERE id = ?").param(id).query(SessionTypeStore::map).optional();
    }

    /** Saves the details if the row is still at {@code version}; false when someone else saved first. */
    public boolean update(UUID id, int version, SessionTypeDetails d) {
        return jdbc.sql("""
                UPDATE session_type SET name = ?, duration_minutes = ?, counts_toward_hours = ?, counted_hours = ?,
                    modality = ?, billing_code = ?, cap = ?, active = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.name(), d.minutes(), d.countsTowardHours(), d.countedHours(), d.modality().name(),
                        d.billingCode(), d.cap(), d.active(), id, version)
                .update() == 1;
    }

    /** How many active template blocks use the type. */
    public int activeBlocksUsing(UUID type) {
        return jdbc.sql("SELECT count(*) FROM track_template_block WHERE session_type_id = ? AND active")
                .param(type).query(Integer.class).single();
    }

    private static SessionType map(ResultSet rs, int row) throws SQLException {
        return new SessionType(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                SessionCategory.valueOf(rs.getString("category")), rs.getInt("duration_minutes"),
                rs.getBoolean("counts_toward_hours"), rs.getBigDecimal("counted_hours"),
                Modality.valueOf(rs.getString("modality")), rs.getString("billing_code"), rs.getInt("cap"),
                rs.getBoolean("active"), rs.getInt("version"));
    }
}
