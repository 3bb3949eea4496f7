package org.stepwise.clients.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ClientSearch;
import org.stepwise.clients.ClientSummary;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/**
 * The registry's hot read queries, written so that PostgreSQL answers them from the indexes of V3 and V10 (see
 * {@code docs/api/clients.md}): name prefixes are ranges on {@code lower(name) text_pattern_ops} rather than LIKE, so
 * that a prepared statement's generic plan still uses the index.
 */
@Component
public class ClientQueries {

    private static final String SUMMARY = "c.id, c.record_number, c.given_name, c.family_name, c.preferred_name, "
            + "c.date_of_birth, c.pronouns";
    private static final String ORDER = " ORDER BY lower(c.family_name), lower(c.given_name), c.record_number";
    private static final String[] NAME_COLUMNS = {"c.family_name", "c.given_name", "c.preferred_name"};
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
        StringBuilder where = new StringBuilder("c.deleted_at IS NULL");
        if (plan.searchesNames()) {
            where.append(" AND (").append(anyNameStartsWith("phrase"));
            if (!plan.nameTokens().isEmpty()) {
                where.append(" OR (");
                for (int i = 0; i < plan.nameTokens().size(); i++) {
                    where.append(i == 0 ? "" : " AND ").append(anyNameStartsWith("token" + i));
                }
                where.append(')');
            }
            where.append(')');
        }
        if (plan.dateOfBirth() != null) {
            where.append(" AND c.date_of_birth = :dateOfBirth");
        }
        if (plan.recordNumber() != null) {
            where.append(" AND c.record_number = :recordNumber");
        }
        if (plan.phonePrefix() != null) {
            where.append(" AND ").append(startsWith("c.phone_digits", ":phonePrefix"));
        }
        if (plan.numberPrefix() != null) {
            where.append(" AND (").append(startsWith("c.phone_digits", ":numberPrefix"));
            if (plan.numberAsRecord() != null) {
                where.append(" OR c.record_number = :numberAsRecord");
            }
            where.append(')');
        }
        if (search.careTeamOf() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM care_team_member m WHERE m.client_id = c.id AND m.staff_id = :staff)");
        }
        if (search.registeredSince() != null) {
            where.append(" AND c.created_at >= :since");
        }
        StatementSpec sql = jdbc.sql("SELECT " + SUMMARY + " FROM client c WHERE " + where + ORDER + " LIMIT :limit")
                .param("limit", search.limit());
        bind(sql, "phrase", plan.namePhrase());
        for (int i = 0; i < plan.nameTokens().size(); i++) {
            sql.param("token" + i, plan.nameTokens().get(i));
        }
        bind(sql, "dateOfBirth", plan.dateOfBirth());
        bind(sql, "recordNumber", plan.recordNumber());
        bind(sql, "phonePrefix", plan.phonePrefix());
        bind(sql, "numberPrefix", plan.numberPrefix());
        bind(sql, "numberAsRecord", plan.numberAsRecord());
        bind(sql, "staff", search.careTeamOf() == null ? null : search.careTeamOf().value());
        bind(sql, "since", search.registeredSince() == null ? null : Clients.timestamp(search.registeredSince()));
        return sql.query(ClientQueries::summary).list();
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

    /** A prefix test on a lower-cased name column that the text_pattern_ops index answers as a range. */
    private static String anyNameStartsWith(String param) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < NAME_COLUMNS.length; i++) {
            out.append(i == 0 ? "" : " OR ").append(startsWith("lower(" + NAME_COLUMNS[i] + ")", "lower(:" + param + ")"));
        }
        return out.append(')').toString();
    }

    /**
     * {@code column} starts with {@code prefix}: byte-wise (text_pattern_ops) at or after the prefix and before the
     * prefix followed by the highest code point, which is exactly the strings that start with it.
     */
    private static String startsWith(String column, String prefix) {
        return "(" + column + " ~>=~ " + prefix + " AND " + column + " ~<~ (" + prefix + " || chr(1114111)))";
    }

    private static void bind(StatementSpec sql, String name, @Nullable Object value) {
        if (value != null) {
            sql.param(name, value);
        }
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
