package org.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark helpers themselves (these run with every build; the benchmarks only with -Pbench). */
class BenchmarkHarnessTests {

    @Test
    void percentilesUseTheNearestRank() {
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i; // 100, 99, ... 1: unsorted on purpose
        }
        Percentiles p = Percentiles.of(hundred);

        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p95()).isEqualTo(95);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.percentile(100)).isEqualTo(100);
        assertThat(p.max()).isEqualTo(100);
        assertThat(p.mean()).isEqualTo(50.5);
        assertThat(Percentiles.of(7, 3, 5).p95()).isEqualTo(7);
        assertThat(Percentiles.of(4).p50()).isEqualTo(4);
        assertThat(Percentiles.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).p95()).isEqualTo(10);
    }

    @Test
    void refusesNoSamplesAndImpossiblePercentiles() {
        assertThatThrownBy(Percentiles::of).hasMessageContaining("no samples");
        assertThatThrownBy(() -> Percentiles.of(1).percentile(0)).hasMessageContaining("(0, 100]");
        assertThatThrownBy(() -> Percentiles.of(1).percentile(101)).hasMessageContaining("(0, 100]");
    }

    @Test
    void writesAReportWithItsFigureTargetStatisticsAndMachine(@TempDir Path folder) throws Exception {
        double[] samples = new double[200];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i < 180 ? 2.0 : 30.0; // 10% slow: the p95 is slow
        }

        Path file = BenchmarkReport.named("client-search").metric("search p95").unit("ms").samplesAtP95(samples)
                .target(20).context("clients", 10_000).writeTo(folder);

        assertThat(file).isEqualTo(folder.resolve("client-search.json"));
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(json.get("name").asString()).isEqualTo("client-search");
        assertThat(json.get("metric").asString()).isEqualTo("search p95");
        assertThat(json.get("value").asDouble()).isEqualTo(30.0);
        assertThat(json.get("unit").asString()).isEqualTo("ms");
        assertThat(json.get("target").asDouble()).isEqualTo(20.0);
        assertThat(json.get("pass").asBoolean()).isFalse();
        assertThat(json.get("samples").asInt()).isEqualTo(200);
        assertThat(json.get("p50").asDouble()).isEqualTo(2.0);
        assertThat(json.get("p99").asDouble()).isEqualTo(30.0);
        assertThat(json.get("max").asDouble()).isEqualTo(30.0);
        assertThat(json.get("machine").get("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(json.get("date").asString()).isNotBlank();
        assertThat(json.get("context").get("clients").asInt()).isEqualTo(10_000);
    }

    @Test
    void aFigureAtOrUnderItsTargetPasses() {
        assertThat(BenchmarkReport.named("load").value(59.9).target(60).passes()).isTrue();
        assertThat(BenchmarkReport.named("load").value(60).target(60).passes()).isTrue();
        assertThat(BenchmarkReport.named("load").value(60.1).target(60).passes()).isFalse();
        assertThatThrownBy(() -> BenchmarkReport.named("Bad Name")).hasMessageContaining("dashes");
    }

    @Test
    void readsTheServersOwnTimeFromServerTiming() {
        assertThat(ApiClient.serverMillis("app;dur=3.25")).isEqualTo(3.25);
        assertThat(ApiClient.serverMillis("db;dur=1.5, app;desc=\"whole request\";dur=12.00")).isEqualTo(12.0);
        assertThatThrownBy(() -> ApiClient.serverMillis("db;dur=1")).hasMessageContaining("No app;dur");
    }
}
