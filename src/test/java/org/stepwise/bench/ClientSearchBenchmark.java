package org.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.demo.ClinicLoader;
import org.stepwise.staff.Role;

/**
 * Issue 2's search target: with 10,000 synthetic clients, client search by name prefix answers in p95 ≤ 20 ms
 * server-side. Prefixes of 2 to 5 letters are cut from the clinic's own family and given names, so common prefixes
 * ("ma", "jo") are measured as often as they occur. Every search also writes its audit row, as in production.
 * Writes {@code target/bench/client-search.json}.
 */
@BenchmarkTest
class ClientSearchBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;

    @LocalServerPort
    int port;

    @Autowired
    ClinicLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void namePrefixSearchIsFastWithTenThousandClients() {
        BenchmarkClinic.Ready ready = BenchmarkClinic.tenThousandClients(loader);
        ApiClient api = ApiClient.onPort(port).signIn(ready.username(Role.CLINICIAN), BenchmarkClinic.PASSWORD);
        List<String> names = jdbc.sql("""
                SELECT lower(family_name) FROM client WHERE deleted_at IS NULL
                UNION ALL SELECT lower(given_name) FROM client WHERE deleted_at IS NULL""")
                .query(String.class).list();
        SplittableRandom random = new SplittableRandom(42);

        ApiClient.Run run = api.run(WARM_UP, MEASURED, i -> {
            String name = names.get(random.nextInt(names.size())).replaceAll("[^a-z]", "");
            String prefix = name.substring(0, Math.min(name.length(), 2 + random.nextInt(4)));
            return "/api/v1/clients?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
        });

        assertThat(run.countWithStatus(200)).isEqualTo(MEASURED);
        Percentiles client = Percentiles.of(run.clientMillis());
        BenchmarkReport.named("client-search")
                .metric("server-side p95 of GET /api/v1/clients?q=<name prefix> (10,000-client clinic)")
                .unit("ms")
                .samplesAtP95(run.serverMillis())
                .target(20)
                .context("requests", MEASURED)
                .context("warmUpRequests", WARM_UP)
                .context("clients", BenchmarkClinic.CLIENTS)
                .context("prefixLengths", "2 to 5 letters")
                .context("clientSideP50Ms", client.p50())
                .context("clientSideP95Ms", client.p95())
                .write();
    }
}
