package org.stepwise.clients.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.clients.ClientSearch;

/**
 * The SQL that answers a search, written so that PostgreSQL answers it from the indexes of V3 and V10:
 * <ul>
 * <li>a name prefix is a range on {@code lower(name) text_pattern_ops} (not LIKE, whose pattern a prepared statement's
 * generic plan cannot use), the phone prefix a range on {@code phone_digits}, all over rows not deleted, as the
 * partial indexes are;</li>
 * <li>a name search reads each name index in the order results are shown and stops at the limit, so that a short,
 * common prefix ("jo") costs as little as a rare one. First come clients whose family name starts with the text, or,
 * for several words ("smi jo", "jo smi"), whose family name starts with one word and whose given or preferred name
 * starts with each other word (by family, then given name); then clients whose given name starts with the text; then
 * those whose preferred name does.</li>
 * </ul>
 *
 * @param text the statement, with named parameters
 * @param params the values of its parameters
 */
public record SearchSql(String text, Map<String, Object> params) {

    /** What {@link ClientQueries#summary} reads. */
    private static final String COLUMNS = ClientQueries.SUMMARY;
    /** Byte-wise order, the order of the text_pattern_ops indexes, so that an index scan delivers rows sorted. */
    private static final String BY_FAMILY = "lower(c.family_name) USING ~<~, lower(c.given_name) USING ~<~, c.record_number";
    private static final String FAMILY = "lower(c.family_name)";
    private static final String GIVEN = "lower(c.given_name)";
    private static final String PREFERRED = "lower(c.preferred_name)";

    public static SearchSql of(ClientSearch search, SearchPlan plan) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> filters = filters(search, plan, params);
        params.put("limit", search.limit());
        if (plan.namePhrase() != null) {
            params.put("phrase", plan.namePhrase());
            for (int i = 0; i < plan.nameTokens().size(); i++) {
                params.put("token" + i, plan.nameTokens().get(i));
            }
            return new SearchSql(byName(filters, plan.nameTokens().size()), params);
        }
        return new SearchSql("SELECT " + COLUMNS + " FROM client c WHERE " + String.join(" AND ", filters)
                + " ORDER BY " + BY_FAMILY + " LIMIT :limit", params);
    }

    /** Conditions other than the name, each answered by an index. */
    private static List<String> filters(ClientSearch search, SearchPlan plan, Map<String, Object> params) {
        List<String> filters = new ArrayList<>();
        filters.add("c.deleted_at IS NULL");
        if (plan.dateOfBirth() != null) {
            params.put("dateOfBirth", plan.dateOfBirth());
            filters.add("c.date_of_birth = :dateOfBirth");
        }
        if (plan.recordNumber() != null) {
            params.put("recordNumber", plan.recordNumber());
            filters.add("c.record_number = :recordNumber");
        }
        if (plan.phonePrefix() != null) {
            params.put("phonePrefix", plan.phonePrefix());
            filters.add(startsWith("c.phone_digits", ":phonePrefix"));
        }
        if (plan.numberPrefix() != null) {
            params.put("numberPrefix", plan.numberPrefix());
            String phone = startsWith("c.phone_digits", ":numberPrefix");
            if (plan.numberAsRecord() != null) {
                params.put("numberAsRecord", plan.numberAsRecord());
                filters.add("(" + phone + " OR c.record_number = :numberAsRecord)");
            } else {
                filters.add(phone);
            }
        }
        if (search.careTeamOf() != null) {
            params.put("staff", search.careTeamOf().value());
            filters.add("EXISTS (SELECT 1 FROM care_team_member m WHERE m.client_id = c.id AND m.staff_id = :staff)");
        }
        if (search.registeredSince() != null) {
            params.put("since", Clients.timestamp(search.registeredSince()));
            filters.add("c.created_at >= :since");
        }
        return filters;
    }

    /**
     * One ordered, limited branch per way of matching. A client can turn up in two branches ("Jo Jones" for "jo"); the
     * outer query keeps their best-ranked row. The result is still the true first page because each branch is sorted
     * like its rank's part of the result and holds that part's first {@code limit} rows: the first page of a union is
     * within the union of the branches' first pages, and dropping duplicates keeps the order.
     */
    private static String byName(List<String> filters, int tokens) {
        String where = String.join(" AND ", filters) + " AND ";
        List<String> branches = new ArrayList<>();
        branches.add(branch(1, where + startsWith(FAMILY, "lower(:phrase)"), FAMILY, GIVEN));
        for (int i = 0; i < tokens; i++) {
            StringBuilder match = new StringBuilder(startsWith(FAMILY, "lower(:token" + i + ")"));
            for (int j = 0; j < tokens; j++) {
                if (j != i) {
                    String token = "lower(:token" + j + ")";
                    match.append(" AND (").append(startsWith(GIVEN, token)).append(" OR ")
                            .append(startsWith(PREFERRED, token)).append(')');
                }
            }
            branches.add(branch(1, where + match, FAMILY, GIVEN));
        }
        branches.add(branch(2, where + startsWith(GIVEN, "lower(:phrase)"), GIVEN, FAMILY));
        branches.add(branch(3, where + startsWith(PREFERRED, "lower(:phrase)"), PREFERRED, FAMILY));
        return "SELECT " + COLUMNS.replace("c.", "r.") + " FROM (SELECT u.*, row_number() OVER (PARTITION BY u.id "
                + "ORDER BY u.rank) AS seen FROM (" + String.join(" UNION ALL ", branches) + ") u) r "
                + "WHERE r.seen = 1 ORDER BY r.rank, r.k1 USING ~<~, r.k2 USING ~<~, r.record_number LIMIT :limit";
    }

    private static String branch(int rank, String where, String first, String second) {
        return "(SELECT " + COLUMNS + ", " + rank + " AS rank, " + first + " AS k1, " + second + " AS k2 FROM client c WHERE "
                + where + " ORDER BY " + first + " USING ~<~, " + second + " USING ~<~, c.record_number LIMIT :limit)";
    }

    /**
     * {@code column} starts with {@code prefix}: byte-wise (text_pattern_ops) at or after the prefix and before the
     * prefix followed by the highest code point, which is exactly the strings that start with it.
     */
    private static String startsWith(String column, String prefix) {
        return "(" + column + " ~>=~ " + prefix + " AND " + column + " ~<~ (" + prefix + " || chr(1114111)))";
    }
}
