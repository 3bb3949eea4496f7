package org.stepwise.measures.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.measures.MeasureAdministration;
import org.stepwise.measures.MeasureAdministrationId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored administrations (table {@code measure_administration}). */
@Repository
public class Administrations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;

    Administrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a client record exists and has not been deleted. */
    public boolean clientExists(ClientId client) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM client WHERE id = ? AND deleted_at IS NULL)")
                .param(client.value())
                .query(Boolean.class)
                .single();
    }

    public void add(MeasureAdministration a) {
        if (!addIfNew(a)) {
            throw new org.springframework.dao.DuplicateKeyException("measure administration " + a.id() + " exists");
        }
    }

    /** Stores an administration unless one with its id exists; true when this call stored it. */
    public boolean addIfNew(MeasureAdministration a) {
        return jdbc.sql("""
                INSERT INTO measure_administration (id, client_id, instrument, definition_version, administered_on,
                    entered_by, answers, sex, recent_behavior, total, band, positive, flags, extra_scores, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?::int[], ?, ?, ?, ?, ?, ?::text[], ?::jsonb, ?)
                ON CONFLICT (id) DO NOTHING""")
                .params(a.id().value(), a.client().value(), a.instrument(), a.version(), a.administeredOn(),
                        a.enteredBy().value(), a.answers().toArray(Integer[]::new), a.sex(), a.recentBehavior(),
                        a.total(), a.band(), a.positive(), a.flags().toArray(String[]::new),
                        JSON.writeValueAsString(a.extraScores()),
                        OffsetDateTime.ofInstant(a.createdAt(), ZoneOffset.UTC))
                .update() == 1;
    }

    /** One administration that has not been withdrawn. */
    public java.util.Optional<MeasureAdministration> find(MeasureAdministrationId id) {
        return jdbc.sql("""
                SELECT id, client_id, instrument, definition_version, administered_on, entered_by, answers, sex,
                       recent_behavior, total, band, positive, flags, extra_scores::text AS extra_scores, created_at
                FROM measure_administration
                WHERE id = ? AND deleted_at IS NULL""")
                .param(id.value())
                .query(Administrations::map)
                .optional();
    }

    /** A client's administrations that have not been withdrawn, newest first. */
    public List<MeasureAdministration> forClient(ClientId client) {
        return jdbc.sql("""
                SELECT id, client_id, instrument, definition_version, administered_on, entered_by, answers, sex,
                       recent_behavior, total, band, positive, flags, extra_scores::text AS extra_scores, created_at
                FROM measure_administration
                WHERE client_id = ? AND deleted_at IS NULL
                ORDER BY administered_on DESC, created_at DESC, id""")
                .param(client.value())
                .query(Administrations::map)
                .list();
    }

    private static MeasureAdministration map(ResultSet rs, int row) throws SQLException {
        return new MeasureAdministration(
                new MeasureAdministrationId(rs.getObject("id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)),
                rs.getString("instrument"),
                rs.getString("definition_version"),
                rs.getObject("administered_on", java.time.LocalDate.class),
                new StaffId(rs.getObject("entered_by", UUID.class)),
                Arrays.asList(integers(rs.getArray("answers"))),
                rs.getString("sex"),
                rs.getObject("recent_behavior", Boolean.class),
                rs.getObject("total", Integer.class),
                rs.getString("band"),
                rs.getObject("positive", Boolean.class),
                Arrays.asList((String[]) rs.getArray("flags").getArray()),
                JSON.readValue(rs.getString("extra_scores"), MAP),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Integer[] integers(Array array) throws SQLException {
        return (Integer[]) array.getArray();
    }

}
