package org.stepwise.alumni.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.alumni.AlumniFilter;
import org.stepwise.alumni.AlumnusId;
import org.stepwise.alumni.AlumnusStatus;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;

/** The alumni roster (table {@code alumni_member}). */
@Repository
public class AlumniMemberStore {

    /** What a join should write. */
    public record Join(ClientId client, ProgramId program, EpisodeId episode, DischargeType type,
            LocalDate dischargedOn, LocalDate joinedOn, boolean byHand, boolean mayContact, String by, Instant at) {}

    private final JdbcClient jdbc;

    AlumniMemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the client to the program's roster. When they are on it already, an ACTIVE row moves on to a later discharge
     * (a readmission that ended again); a row of someone who LEFT is not touched. Returns whether anything changed.
     */
    public boolean joinOnDischarge(Join join) {
        return jdbc.sql("""
                INSERT INTO alumni_member (id, client_id, program_id, source_episode_id, discharge_type, discharged_on,
                    joined_on, joined_how, status, may_contact, added_by, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'ON_DISCHARGE', 'ACTIVE', FALSE, ?, ?)
                ON CONFLICT (client_id, program_id) DO UPDATE
                   SET source_episode_id = EXCLUDED.source_episode_id, discharge_type = EXCLUDED.discharge_type,
                       discharged_on = EXCLUDED.discharged_on, version = alumni_member.version + 1
                 WHERE alumni_member.status = 'ACTIVE' AND alumni_member.discharged_on < EXCLUDED.discharged_on""")
                .params(UUID.randomUUID(), join.client().value(), join.program().value(), join.episode().value(),
                        join.type().name(), join.dischargedOn(), join.joinedOn(), join.by(), Timestamp.from(join.at()))
                .update() == 1;
    }

    /** Adds the client by hand: a new row, or a row of someone who LEFT made active again. */
    public AlumnusId addByHand(Join join) {
        return new AlumnusId(jdbc.sql("""
                INSERT INTO alumni_member (id, client_id, program_id, source_episode_id, discharge_type, discharged_on,
                    joined_on, joined_how, status, may_contact, added_by, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'BY_HAND', 'ACTIVE', ?, ?, ?)
                ON CONFLICT (client_id, program_id) DO UPDATE
                   SET source_episode_id = EXCLUDED.source_episode_id, discharge_type = EXCLUDED.discharge_type,
                       discharged_on = EXCLUDED.discharged_on, joined_on = EXCLUDED.joined_on, joined_how = 'BY_HAND',
                       status = 'ACTIVE', left_reason = NULL, left_on = NULL, may_contact = EXCLUDED.may_contact,
                       added_by = EXCLUDED.added_by, added_at = EXCLUDED.added_at, version = alumni_member.version + 1
                RETURNING id""")
                .params(UUID.randomUUID(), join.client().value(), join.program().value(), join.episode().value(),
                        join.type().name(), join.dischargedOn(), join.joinedOn(), join.mayContact(), join.by(),
                        Timestamp.from(join.at()))
                .query(UUID.class).single());
    }

    public Optional<MemberRow> find(AlumnusId id) {
        return jdbc.sql("SELECT * FROM alumni_member WHERE id = ?").param(id.value()).query(AlumniMemberStore::row).optional();
    }

    public Optional<MemberRow> find(ClientId client, ProgramId program) {
        return jdbc.sql("SELECT * FROM alumni_member WHERE client_id = ? AND program_id = ?")
                .params(client.value(), program.value()).query(AlumniMemberStore::row).optional();
    }

    public List<MemberRow> list(AlumniFilter filter) {
        UUID program = filter.program() == null ? null : filter.program().value();
        return jdbc.sql("""
                SELECT * FROM alumni_member
                 WHERE (CAST(? AS uuid) IS NULL OR program_id = ?) AND (NOT ? OR status = 'ACTIVE')
                 ORDER BY discharged_on DESC, id""")
                .params(program, program, filter.activeOnly())
                .query(AlumniMemberStore::row).list();
    }

    /** How many are active on each program's roster. */
    public int countActive(ProgramId program) {
        return jdbc.sql("SELECT count(*) FROM alumni_member WHERE program_id = ? AND status = 'ACTIVE'")
                .param(program.value()).query(Integer.class).single();
    }

    /** Marks the member as left, when the row still has {@code version}; false when someone changed it since. */
    public boolean markLeft(AlumnusId id, int version, String reason, LocalDate on) {
        return jdbc.sql("""
                UPDATE alumni_member SET status = 'LEFT', left_reason = ?, left_on = ?, version = version + 1
                 WHERE id = ? AND version = ?""")
                .params(reason, on, id.value(), version).update() == 1;
    }

    /** Records whether the alumnus may be contacted, when the row still has {@code version}. */
    public boolean setMayContact(AlumnusId id, int version, boolean mayContact) {
        return jdbc.sql("UPDATE alumni_member SET may_contact = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(mayContact, id.value(), version).update() == 1;
    }

    private static MemberRow row(ResultSet rs, int n) throws SQLException {
        return new MemberRow(new AlumnusId(rs.getObject("id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), new ProgramId(rs.getObject("program_id", UUID.class)),
                new EpisodeId(rs.getObject("source_episode_id", UUID.class)),
                DischargeType.valueOf(rs.getString("discharge_type")), rs.getObject("discharged_on", LocalDate.class),
                rs.getObject("joined_on", LocalDate.class), "BY_HAND".equals(rs.getString("joined_how")),
                AlumnusStatus.valueOf(rs.getString("status")), rs.getString("left_reason"),
                nullableDate(rs, "left_on"), rs.getBoolean("may_contact"), rs.getInt("version"));
    }

    private static @Nullable LocalDate nullableDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
