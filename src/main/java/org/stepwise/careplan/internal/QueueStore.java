package org.stepwise.careplan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.careplan.SignerRole;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/**
 * What the documentation queue needs of every plan of a current episode in one query: the program's review rule, the
 * days the review clock counts from, and who has signed the latest version.
 */
@Repository
class QueueStore {

    /**
     * One plan of a current episode.
     *
     * @param latestWritten when the latest version was last saved
     * @param signed the roles that signed the latest version
     */
    record Row(ClientId client, String clientName, LocalDate admittedOn, int ruleDays,
            @Nullable LocalDate firstInEffect, @Nullable LocalDate lastReview, @Nullable Integer latestNumber,
            @Nullable Instant latestWritten, Set<SignerRole> signed) {}

    private final JdbcClient jdbc;

    QueueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans of admitted clients; of one staff member's care team when given. */
    List<Row> plans(@Nullable StaffId careTeamOf) {
        String sql = """
                SELECT c.id AS client_id, coalesce(c.preferred_name, c.given_name) || ' ' || c.family_name AS name,
                       e.admitted_on, p.plan_review_days,
                       (SELECT min(v.effective_on) FROM treatment_plan_version v WHERE v.plan_id = t.id) AS first_in_effect,
                       (SELECT max(r.reviewed_on) FROM plan_review r WHERE r.plan_id = t.id) AS last_review,
                       l.number AS latest_number, l.updated_at AS latest_written,
                       (SELECT string_agg(g.role, ',') FROM plan_signature g
                        WHERE g.plan_id = t.id AND g.version_number = l.number) AS signed
                FROM treatment_plan t
                JOIN episode e ON e.id = t.episode_id AND e.status = 'ADMITTED'
                JOIN program p ON p.id = e.program_id
                JOIN client c ON c.id = t.client_id AND c.deleted_at IS NULL
                LEFT JOIN LATERAL (SELECT v.number, v.updated_at FROM treatment_plan_version v WHERE v.plan_id = t.id
                                   ORDER BY v.number DESC LIMIT 1) l ON TRUE
                """ + (careTeamOf == null ? "" : """
                WHERE EXISTS (SELECT 1 FROM care_team_member m WHERE m.client_id = t.client_id AND m.staff_id = :staff)
                """);
        var statement = jdbc.sql(sql);
        if (careTeamOf != null) {
            statement = statement.param("staff", careTeamOf.value());
        }
        return statement.query((rs, n) -> {
            String signed = rs.getString("signed");
            OffsetDateTime written = rs.getObject("latest_written", OffsetDateTime.class);
            return new Row(new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("name"),
                    rs.getObject("admitted_on", LocalDate.class),
                    rs.getInt("plan_review_days"), rs.getObject("first_in_effect", LocalDate.class),
                    rs.getObject("last_review", LocalDate.class), (Integer) rs.getObject("latest_number"),
                    written == null ? null : written.toInstant(),
                    signed == null ? Set.of() : Arrays.stream(signed.split(",")).map(SignerRole::valueOf)
                            .collect(Collectors.toUnmodifiableSet()));
        }).list();
    }
}
