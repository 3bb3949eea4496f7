package org.stepwise.clients.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ClientSearch;
import org.stepwise.clients.ClientSummary;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** The registry's read queries: search (built by {@link SearchSql}), likely duplicates, summaries and counts. */
@Component
public class ClientQueries {

    /** The columns a {@link ClientSummary} is read from ({@link #summary(ResultSet, int)}), of the client aliased c. */
    static final String SUMMARY = "c.id, c.record_number, c.given_name, c.family_name, c.preferred_name, "
            + "c.date_of_birth, c.pronouns";
    private static final String ORDER = " ORDER BY lower(c.family_name), lower(c.given_name), c.record_number";
    private static final int MAX_DUPLICATES = 10;

    private final JdbcClient jdbc;

    ClientQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ClientSummary> search(ClientSearch search) {
        SearchPlan plan = SearchPlan.of(search);
        if (search.isEmpty() || plan.impossible()) {
            return List.of();
        }
        SearchSql sql = SearchSql.of(search, plan);
        StatementSpec statement = jdbc.sql(sql.text());
        sql.params().forEach(statement::param);
        return statement.query(ClientQueries::summary).list();
    }

    /**
     * Registered clients who may be the same person: the same date of birth and a similar name (trigram similarity of
     * the full name in either order, or the same first three letters of the family name and first letter of the given
     * name), or the same phone number.
     */
    public List<ClientSummary> likelyDuplicates(ClientDetails details) {
        String digits = details.phoneDigits();
        boolean byPhone = digits != null && digits.length() >= 7;
        return jdbc.sql("SELECT " + SUMMARY + """
                 FROM client c
                WHERE c.deleted_at IS NULL
                  AND ((c.date_of_birth = :dateOfBirth
                        AND (similarity(lower(c.given_name || ' ' || c.family_name), lower(:fullName)) >= 0.45
                          OR similarity(lower(c.family_name || ' ' || c.given_name), lower(:fullName)) >= 0.45
                          OR (starts_with(lower(c.family_name), lower(left(:familyName, 3)))
                              AND starts_with(lower(c.given_name), lower(left(:givenName, 1))))))
                    """ + (byPhone ? " OR c.phone_digits = :phoneDigits" : "") + ")" + ORDER + " LIMIT " + MAX_DUPLICATES)
                .param("dateOfBirth", details.dateOfBirth())
                .param("fullName", details.givenName() + " " + details.familyName())
                .param("familyName", details.familyName())
                .param("givenName", details.givenName())
                .param("phoneDigits", digits == null ? "" : digits)
                .query(ClientQueries::summary)
                .list();
    }

    public Optional<ClientSummary> summary(ClientId id) {
        return jdbc.sql("SELECT " + SUMMARY + " FROM client c WHERE c.id = ? AND c.deleted_at IS NULL")
                .param(id.value())
                .query(ClientQueries::summary)
                .optional();
    }

    /** The summaries of these clients (not deleted), by id, in one query. */
    public Map<ClientId, ClientSummary> summaries(Collection<ClientId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + SUMMARY + " FROM client c WHERE c.id = ANY(?) AND c.deleted_at IS NULL")
                .param(ids.stream().map(ClientId::value).distinct().toArray(UUID[]::new))
                .query(ClientQueries::summary).stream()
                .collect(Collectors.toMap(ClientSummary::id, Function.identity()));
    }

    public long countRegisteredSince(Instant since) {
        return jdbc.sql("SELECT count(*) FROM client WHERE created_at >= ? AND deleted_at IS NULL")
                .param(Clients.timestamp(since))
                .query(Long.class)
                .single();
    }

    public long countOnCareTeamOf(StaffId staff) {
        return jdbc.sql("""
                SELECT count(*) FROM care_team_member m JOIN client c ON c.id = m.client_id
                WHERE m.staff_id = ? AND c.deleted_at IS NULL""")
                .param(staff.value())
                .query(Long.class)
                .single();
    }

    static ClientSummary summary(ResultSet rs, int row) throws SQLException {
        String given = rs.getString("given_name");
        String family = rs.getString("family_name");
        String preferred = rs.getString("preferred_name");
        return new ClientSummary(new ClientId(rs.getObject("id", UUID.class)), rs.getString("record_number"),
                (preferred != null ? preferred : given) + " " + family, given + " " + family,
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("pronouns"));
    }
}
