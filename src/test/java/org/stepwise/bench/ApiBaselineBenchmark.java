package org.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepwise.demo.ClinicLoader;
import org.stepwise.staff.Role;

/**
 * The floor every JSON API call pays: bearer token check, security filters, a tiny JSON body, with a 10,000-client
 * clinic in the database. Target: p95 at or under 5 ms server-side, so that most of a 20 ms budget (client search)
 * is left to the work itself. Writes {@code target/bench/api-baseline.json}. Also the template for API benchmarks:
 * load the clinic, sign in, time N requests, write the report.
 */
@BenchmarkTest
class ApiBaselineBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;

    @LocalServerPort
    int port;

    @Autowired
    ClinicLoader loader;

    @Test
    void signedInCallsCostLittleServerSide() {
        BenchmarkClinic.Ready ready = BenchmarkClinic.tenThousandClients(loader);
        ApiClient api = ApiClient.onPort(port).signIn(ready.username(Role.CLINICIAN), BenchmarkClinic.PASSWORD);

        ApiClient.Run run = api.run(WARM_UP, MEASURED, i -> "/api/v1/me");

        assertThat(run.countWithStatus(200)).isEqualTo(MEASURED);
        Percentiles client = Percentiles.of(run.clientMillis());
        BenchmarkReport.named("api-baseline")
                .metric("server-side p95 of GET /api/v1/me with a bearer token (10,000-client clinic loaded)")
                .unit("ms")
                .samplesAtP95(run.serverMillis())
                .target(5)
                .context("requests", MEASURED)
                .context("warmUpRequests", WARM_UP)
                .context("clients", BenchmarkClinic.CLIENTS)
                .context("clientSideP50Ms", client.p50())
                .context("clientSideP95Ms", client.p95())
                .write();
    }
}
