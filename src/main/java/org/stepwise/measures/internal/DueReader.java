package org.stepwise.measures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;

/**
 * What the due lists need in a few queries rather than one call per client: the episodes (module episodes' table, read
 * only) of the clients on a care team or on a roster, with the day a discharged one ended, and the days each
 * instrument was given to them. Read-only and unaudited: the service audits what it shows.
 */
@Repository
public class DueReader {

    /** A discharged episode stays on the lists this long, for its follow-up measure. */
    static final int FOLLOW_UP_WINDOW_DAYS = 120;

    private static final String EPISODES = """
            SELECT e.client_id, coalesce(c.preferred_name, c.given_name) || ' ' || c.family_name AS name,
                   c.record_number, e.program_id, e.track_id, e.admitted_on, e.planned_end, e.diagnoses, e.status,
                   -- Issue 7: the last day of treatment the discharge names (it may be back-dated); the day the
                   -- status changed for an episode ended without one.
                   coalesce((SELECT d.discharged_on FROM episode_discharge d WHERE d.episode_id = e.id),
                            (SELECT max(sc.changed_at) FROM episode_status_change sc
                              WHERE sc.episode_id = e.id AND sc.to_status = 'DISCHARGED')::date) AS ended_on
            FROM episode e JOIN client c ON c.id = e.client_id AND c.deleted_at IS NULL
            WHERE (e.status = 'ADMITTED'
                   OR (e.status = 'DISCHARGED' AND EXISTS (SELECT 1 FROM episode_status_change sc
                        WHERE sc.episode_id = e.id AND sc.to_status = 'DISCHARGED' AND sc.changed_at >= ?)))
            """;

    /**
     * An episode of a client the list may show.
     *
     * @param endedOn the day a discharged episode ended; null while in care
     */
    public record EpisodeRow(ClientId client, String name, String recordNumber, ProgramId program, TrackId track,
            LocalDate admittedOn, LocalDate plannedEnd, @Nullable LocalDate endedOn, List<String> diagnoses) {}

    private final JdbcClient jdbc;

    DueReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current (or recently ended) episode of each client on this person's care team. */
    public List<EpisodeRow> careTeamOf(StaffId staff, LocalDate today) {
        return latestPerClient(jdbc.sql(EPISODES + """
                  AND EXISTS (SELECT 1 FROM care_team_member m WHERE m.client_id = e.client_id AND m.staff_id = ?)""")
                .params(since(today), staff.value())
                .query(DueReader::map).list());
    }

    /** The current (or recently ended) episode of each of these clients. */
    public List<EpisodeRow> ofClients(Collection<ClientId> clients, LocalDate today) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return latestPerClient(jdbc.sql(EPISODES + "  AND e.client_id = ANY (?::uuid[])")
                .params(since(today), clients.stream().map(ClientId::value).toArray(UUID[]::new))
                .query(DueReader::map).list());
    }

    /** Per client and instrument, the days it was given. */
    public Map<ClientId, Map<String, List<LocalDate>>> administrations(Collection<ClientId> clients) {
        Map<ClientId, Map<String, List<LocalDate>>> days = new HashMap<>();
        if (clients.isEmpty()) {
            return days;
        }
        jdbc.sql("""
                SELECT client_id, instrument, administered_on FROM measure_administration
                WHERE deleted_at IS NULL AND client_id = ANY (?::uuid[])""")
                .param(clients.stream().map(ClientId::value).toArray(UUID[]::new))
                .query((rs, row) -> days.computeIfAbsent(new ClientId(rs.getObject("client_id", UUID.class)),
                                k -> new HashMap<>())
                        .computeIfAbsent(rs.getString("instrument"), k -> new java.util.ArrayList<>())
                        .add(rs.getObject("administered_on", LocalDate.class)))
                .list();
        return days;
    }

    private static OffsetDateTime since(LocalDate today) {
        return today.minusDays(FOLLOW_UP_WINDOW_DAYS).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** One episode per client: the one in care, else the one that ended last. */
    private static List<EpisodeRow> latestPerClient(List<EpisodeRow> rows) {
        Map<ClientId, EpisodeRow> chosen = new LinkedHashMap<>();
        for (EpisodeRow row : rows) {
            chosen.merge(row.client(), row, DueReader::later);
        }
        return List.copyOf(chosen.values());
    }

    private static EpisodeRow later(EpisodeRow a, EpisodeRow b) {
        if (a.endedOn() == null) {
            return a;
        }
        if (b.endedOn() == null) {
            return b;
        }
        return a.endedOn().isAfter(b.endedOn()) ? a : b;
    }

    private static EpisodeRow map(ResultSet rs, int row) throws SQLException {
        LocalDate ended = rs.getObject("ended_on", LocalDate.class);
        boolean discharged = "DISCHARGED".equals(rs.getString("status"));
        return new EpisodeRow(new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("name"),
                rs.getString("record_number"), new ProgramId(rs.getObject("program_id", UUID.class)),
                new TrackId(rs.getObject("track_id", UUID.class)), rs.getObject("admitted_on", LocalDate.class),
                rs.getObject("planned_end", LocalDate.class),
                discharged ? ended : null,
                Arrays.asList((String[]) rs.getArray("diagnoses").getArray()));
    }
}
