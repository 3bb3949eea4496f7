package org.stepwise.safety.internal;

import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.consents.Part2Records;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.SiteId;
import org.stepwise.staff.ProgramKind;

/**
 * The few facts of a client's current (else latest) episode that the safety module decides by: the program's kind and
 * site, the diagnoses. Read without a chart check or audit: callers have checked access and audit what they show.
 */
@Component
public class ClientEpisodes {

    /** An episode as the safety module sees it. */
    public record Episode(EpisodeId id, ClientId client, ProgramId program, ProgramKind kind, SiteId site,
            String status, LocalDate admittedOn, LocalDate plannedEnd, List<String> diagnoses) {

        public boolean current() {
            return status.equals("ADMITTED") || status.equals("WAITLISTED");
        }

        /**
         * A substance use treatment record under 42 CFR Part 2: the program treats substance use (alone or with mental
         * health), or a diagnosis is F10 to F19: {@link Part2Records}, the rule of the notes' and plans' marking.
         */
        public boolean part2() {
            return Part2Records.applies(kind, diagnoses);
        }
    }

    private final JdbcClient jdbc;

    ClientEpisodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The client's current episode, else their most recent admission. */
    public Optional<Episode> of(ClientId client) {
        return jdbc.sql("""
                SELECT e.id, e.client_id, e.program_id, p.kind, p.site_id, e.status, e.admitted_on, e.planned_end,
                       e.diagnoses
                FROM episode e JOIN program p ON p.id = e.program_id
                WHERE e.client_id = ? AND e.status <> 'CANCELLED'
                ORDER BY (e.status IN ('ADMITTED', 'WAITLISTED')) DESC, e.admitted_on DESC LIMIT 1""")
                .param(client.value())
                .query((rs, n) -> {
                    Array diagnoses = rs.getArray("diagnoses");
                    return new Episode(new EpisodeId(rs.getObject("id", UUID.class)),
                            new ClientId(rs.getObject("client_id", UUID.class)),
                            new ProgramId(rs.getObject("program_id", UUID.class)),
                            ProgramKind.valueOf(rs.getString("kind")), new SiteId(rs.getObject("site_id", UUID.class)),
                            rs.getString("status"), rs.getObject("admitted_on", LocalDate.class),
                            rs.getObject("planned_end", LocalDate.class),
                            Arrays.asList((String[]) diagnoses.getArray()));
                })
                .optional();
    }
}
