package org.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.stepwise.StepwiseTest;
import org.stepwise.demo.ClinicLoader;
import org.stepwise.demo.SyntheticClinic;

/**
 * Generates a 10,000-client clinic and loads it into an empty database: the set-up every large benchmark pays. Target:
 * under 60 seconds, generation and load together. Writes {@code target/bench/clinic-load.json}.
 */
@StepwiseTest
@TestPropertySource(properties = {"stepwise.demo.enabled=false", "stepwise.bench.database=clinic-load"})
class ClinicGenerationBenchmark {

    @Autowired
    ClinicLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void generatesAndLoadsTenThousandClientsInUnderAMinute() {
        long started = System.nanoTime();
        SyntheticClinic clinic = SyntheticClinic.generate(BenchmarkClinic.spec());
        Duration generation = Duration.ofNanos(System.nanoTime() - started);

        ClinicLoader.Loaded loaded = loader.load(clinic, BenchmarkClinic.PASSWORD);
        Duration total = generation.plus(loaded.elapsed());

        assertThat(jdbc.sql("SELECT count(*) FROM client WHERE deleted_at IS NULL").query(Long.class).single())
                .isEqualTo(BenchmarkClinic.CLIENTS);
        assertThat(jdbc.sql("SELECT count(*) FROM care_team_member").query(Long.class).single())
                .isEqualTo(clinic.careTeamMembers().size());
        BenchmarkReport.named("clinic-load")
                .metric("generate and load a 10,000-client synthetic clinic (12 months of history) into an empty database")
                .unit("s")
                .value(seconds(total))
                .target(60)
                .context("clients", BenchmarkClinic.CLIENTS)
                .context("seed", BenchmarkClinic.SEED)
                .context("generationSeconds", seconds(generation))
                .context("loadSeconds", seconds(loaded.elapsed()))
                .context("rows", loaded.rows())
                .context("totalRows", loaded.totalRows())
                .context("rowsPerSecond", Math.round(loaded.totalRows() / seconds(loaded.elapsed())))
                .write();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
