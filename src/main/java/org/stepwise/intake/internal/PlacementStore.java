package org.stepwise.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.intake.Candidacy;
import org.stepwise.intake.LevelOfCare;
import org.stepwise.intake.Placement;
import org.stepwise.intake.PlacementFramework;
import org.stepwise.intake.PlacementId;
import org.stepwise.intake.placement.PlacementAssessment;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** Placements in PostgreSQL: a placement row and a row per rated dimension. Rows are only ever added. */
@Repository
public class PlacementStore {

    private static final String COLUMNS = """
            p.id, p.client_id, p.framework, p.rule_table, p.needs_more_than_weekly, p.needs_24_hour_care,
            p.medically_stable, p.home_supports_recovery, p.motivated, p.indicated_level, p.drivers, p.reasons,
            p.provided_level, p.difference_reason, p.assessed_on, p.reassess_on, p.assessed_by, p.created_at""";

    private final JdbcClient jdbc;

    PlacementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether the client exists and is not deleted. (Reads the registry's table directly until the clients module
     * offers a public look-up.)
     */
    public boolean clientExists(ClientId client) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM client WHERE id = ? AND deleted_at IS NULL)")
                .param(client.value())
                .query(Boolean.class)
                .single();
    }

    /**
     * Stores a placement and its ratings. Returns false, storing nothing, when a placement with the same id exists
     * already (a retried submission).
     */
    public boolean insert(ClientId client, PlacementAssessment placement, String ruleTable, StaffId assessedBy,
            Instant createdAt) {
        Candidacy candidacy = placement.candidacy();
        PlacementFramework framework = placement.ratings().table().framework();
        int inserted = jdbc.sql("""
                INSERT INTO placement (id, client_id, framework, rule_table, needs_more_than_weekly, needs_24_hour_care,
                                       medically_stable, home_supports_recovery, motivated, indicated_level, drivers,
                                       reasons, provided_level, difference_reason, assessed_on, reassess_on,
                                       assessed_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING""")
                .params(placement.id().value(), client.value(), framework.key(), ruleTable,
                        candidacy.needsMoreThanWeekly(), candidacy.needs24HourCare(), candidacy.medicallyStable(),
                        candidacy.homeSupportsRecovery(), candidacy.motivated(), placement.indicatedLevel().code(),
                        placement.recommendation().drivers().toArray(String[]::new),
                        placement.recommendation().reasons().toArray(String[]::new), placement.providedLevel().code(),
                        placement.differenceReason(), placement.assessedOn(), placement.reassessOn(),
                        assessedBy.value(), OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            return false;
        }
        List<String> keys = framework.dimensionKeys();
        for (int position = 0; position < keys.size(); position++) {
            String key = keys.get(position);
            jdbc.sql("""
                    INSERT INTO placement_rating (placement_id, framework, dimension, position, rating, justification)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(placement.id().value(), framework.key(), key, position, placement.ratings().at(position),
                            placement.justifications().get(key))
                    .update();
        }
        return true;
    }

    public Optional<Placement> find(PlacementId id) {
        Optional<Row> row = jdbc.sql("SELECT " + COLUMNS + " FROM placement p WHERE p.id = ?")
                .param(id.value())
                .query(PlacementStore::row)
                .optional();
        return row.map(r -> r.with(ratingsWhere("r.placement_id = ?", id.value()).getOrDefault(r.id(), List.of())));
    }

    /** The client's placements, the most recent assessment first. */
    public List<Placement> forClient(ClientId client) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM placement p WHERE p.client_id = ? "
                        + "ORDER BY p.assessed_on DESC, p.created_at DESC")
                .param(client.value())
                .query(PlacementStore::row)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Rated>> ratings = ratingsWhere("p.client_id = ?", client.value());
        return rows.stream().map(r -> r.with(ratings.getOrDefault(r.id(), List.of()))).toList();
    }

    public Optional<Placement> latest(ClientId client) {
        return jdbc.sql("SELECT p.id FROM placement p WHERE p.client_id = ? "
                        + "ORDER BY p.assessed_on DESC, p.created_at DESC LIMIT 1")
                .param(client.value())
                .query(UUID.class)
                .optional()
                .flatMap(id -> find(new PlacementId(id)));
    }

    private Map<UUID, List<Rated>> ratingsWhere(String condition, UUID value) {
        Map<UUID, List<Rated>> byPlacement = new HashMap<>();
        jdbc.sql("SELECT r.placement_id, r.dimension, r.rating, r.justification FROM placement_rating r "
                        + "JOIN placement p ON p.id = r.placement_id WHERE " + condition + " ORDER BY r.position")
                .param(value)
                .query((RowCallbackHandler) rs -> byPlacement
                        .computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new Rated(rs.getString(2), rs.getInt(3), rs.getString(4))));
        return byPlacement;
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                PlacementFramework.fromKey(rs.getString("framework")).orElseThrow(), rs.getString("rule_table"),
                new Candidacy(rs.getBoolean("needs_more_than_weekly"), rs.getBoolean("needs_24_hour_care"),
                        rs.getBoolean("medically_stable"), rs.getBoolean("home_supports_recovery"),
                        rs.getBoolean("motivated")),
                level(rs.getString("indicated_level")), List.of((String[]) rs.getArray("drivers").getArray()),
                List.of((String[]) rs.getArray("reasons").getArray()), level(rs.getString("provided_level")),
                rs.getString("difference_reason"), rs.getObject("assessed_on", java.time.LocalDate.class),
                rs.getObject("reassess_on", java.time.LocalDate.class),
                new StaffId(rs.getObject("assessed_by", UUID.class)),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static LevelOfCare level(String code) {
        return LevelOfCare.fromCode(code).orElseThrow(() -> new IllegalStateException("stored level " + code));
    }

    private record Rated(String dimension, int rating, String justification) {}

    private record Row(UUID id, ClientId client, PlacementFramework framework, String ruleTable, Candidacy candidacy,
            LevelOfCare indicated, List<String> drivers, List<String> reasons, LevelOfCare provided,
            @org.jspecify.annotations.Nullable String differenceReason, java.time.LocalDate assessedOn,
            java.time.LocalDate reassessOn, StaffId assessedBy, Instant createdAt) {

        Placement with(List<Rated> rated) {
            Map<String, Integer> ratings = new LinkedHashMap<>();
            Map<String, String> justifications = new LinkedHashMap<>();
            rated.forEach(r -> {
                ratings.put(r.dimension(), r.rating());
                justifications.put(r.dimension(), r.justification());
            });
            return new Placement(new PlacementId(id), client, framework, ruleTable, ratings, justifications, candidacy,
                    indicated, drivers, reasons, provided, differenceReason, assessedOn, reassessOn, assessedBy,
                    createdAt);
        }
    }
}
