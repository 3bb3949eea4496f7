package org.stepwise.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.StepwiseTest;
import org.stepwise.clients.ClientSearch;

/**
 * Search over 10,000 clients answers from the indexes, in custom and in generic (prepared-statement) plans. Runs in a
 * context (and database) of its own, so that the 10,000 rows never meet other tests.
 */
@StepwiseTest
@TestPropertySource(properties = "stepwise.test.database=client-search-performance")
class ClientSearchPerformanceTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void searchingTenThousandClientsReadsTheNameIndexesAndStopsAtThePageSize() throws Exception {
        insertTenThousandClients();

        for (ClientSearch search : List.of(ClientSearch.forText("smi"), ClientSearch.forText("Smi jo"),
                ClientSearch.forText("gar"), ClientSearch.forText("55512"), ClientSearch.forText("SW-905000"),
                ClientSearch.forText("905000"), new ClientSearch(null, LocalDate.of(1970, 1, 1), null, null, null, null, 25),
                new ClientSearch(null, null, null, "555 12", null, null, 25))) {
            String plan = explain(search);
            assertThat(plan).as("plan for %s", search.describe()).doesNotContain("Seq Scan on client").contains("Index");
        }
        String generic = explainGeneric(ClientSearch.forText("smi"));
        assertThat(generic).as("generic plan").doesNotContain("Seq Scan on client")
                .contains("client_given_search_idx").contains("client_preferred_search_idx")
                .containsAnyOf("client_family_search_idx", "client_family_prefix_idx");

        // Even one- and two-letter prefixes that match thousands of clients read each name index in result order
        // and stop at the page size, rather than fetching and sorting every match. (Speed itself is measured by
        // ClientSearchBenchmark, not asserted here: wall-clock time on a shared build machine proves little.)
        for (String q : List.of("j", "jo", "ma", "smi", "smith j", "jo ma")) {
            assertThat(explain(ClientSearch.forText(q))).as("plan for '%s'", q).contains("Limit")
                    .doesNotContain("Seq Scan on client");
        }
    }

    private void insertTenThousandClients() {
        jdbc.sql("""
                INSERT INTO client (id, record_number, given_name, family_name, preferred_name, date_of_birth, phone,
                                    phone_digits, created_at, created_by, updated_at, updated_by)
                SELECT gen_random_uuid(), 'SW-' || (900000 + i),
                       (ARRAY['James','Mary','John','Patricia','Robert','Jennifer','Michael','Linda','David','Elizabeth',
                              'Maria','Jose','Wei','Aisha','Olga','Juan'])[1 + i % 16],
                       CASE WHEN i % 10 = 0
                            THEN (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis',
                                        'Rodriguez','Martinez'])[1 + (i / 10) % 10]
                            ELSE initcap(translate(substr(md5(i::text), 1, 7), '0123456789', 'aeiourstln')) END,
                       CASE WHEN i % 7 = 0 THEN 'Jo' END,
                       DATE '1940-01-01' + (i * 37 % 25000),
                       '555-' || lpad((i * 7919 % 10000000)::text, 7, '0'),
                       '555' || lpad((i * 7919 % 10000000)::text, 7, '0'),
                       now() - (i % 400) * interval '1 day', 'test', now(), 'test'
                FROM generate_series(1, 10000) AS i""").update();
        jdbc.sql("ANALYZE client").update();
    }

    private String explain(ClientSearch search) {
        SearchSql sql = SearchSql.of(search, SearchPlan.of(search));
        var statement = jdbc.sql("EXPLAIN " + sql.text());
        sql.params().forEach(statement::param);
        return String.join("\n", statement.query(String.class).list());
    }

    /** The plan PostgreSQL uses once a prepared statement switches to its generic plan (parameters unknown). */
    private String explainGeneric(ClientSearch search) {
        SearchSql sql = SearchSql.of(search, SearchPlan.of(search));
        List<String> names = new ArrayList<>(sql.params().keySet());
        Matcher named = Pattern.compile(":([a-zA-Z][a-zA-Z0-9]*)").matcher(sql.text());
        StringBuilder positional = new StringBuilder();
        while (named.find()) {
            named.appendReplacement(positional, "\\$" + (names.indexOf(named.group(1)) + 1));
        }
        named.appendTail(positional);
        String arguments = String.join(", ", sql.params().values().stream()
                .map(v -> v instanceof Number ? v.toString() : "'" + v + "'").toList());
        return transaction.execute(status -> {
            jdbc.sql("SET LOCAL plan_cache_mode = force_generic_plan").update();
            jdbc.sql("PREPARE client_search AS " + positional).update();
            List<String> plan = jdbc.sql("EXPLAIN EXECUTE client_search(" + arguments + ")").query(String.class).list();
            jdbc.sql("DEALLOCATE client_search").update();
            return String.join("\n", plan);
        });
    }
}
