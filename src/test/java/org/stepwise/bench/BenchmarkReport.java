package org.stepwise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result of one benchmark, written to {@code target/bench/<name>.json}:
 * {@code {"name","metric","value","unit","target","pass",...}} with the sample statistics (p50, p95, p99, max), the
 * machine (cores, memory, Java, OS) and the date. A figure "passes" when it is at or below its target (lower is better
 * for every benchmark here). Benchmarks report; they fail the build on a missed target only with
 * {@code -Dbench.enforce=true}.
 */
public final class BenchmarkReport {

    /** Where reports land, relative to the module (failsafe runs in the project directory). */
    public static final Path DIRECTORY = Path.of("target", "bench");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final String name;
    private String metric = "";
    private String unit = "";
    private Double value;
    private Double target;
    private Percentiles samples;
    private final Map<String, Object> context = new LinkedHashMap<>();

    private BenchmarkReport(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a report name is lower-case words joined by dashes: " + name);
        }
        this.name = name;
    }

    public static BenchmarkReport named(String name) {
        return new BenchmarkReport(name);
    }

    /** What is measured, in words a reader of docs/benchmarks.md understands. */
    public BenchmarkReport metric(String metric) {
        this.metric = metric;
        return this;
    }

    public BenchmarkReport unit(String unit) {
        this.unit = unit;
        return this;
    }

    /** The most the value may be to pass. */
    public BenchmarkReport target(double target) {
        this.target = target;
        return this;
    }

    /** A single measured figure (a load time). */
    public BenchmarkReport value(double value) {
        this.value = value;
        return this;
    }

    /** Many measurements; the reported value is their 95th percentile. */
    public BenchmarkReport samplesAtP95(double... samples) {
        this.samples = Percentiles.of(samples);
        this.value = this.samples.p95();
        return this;
    }

    /** Anything that helps read the figure: data size, request counts, client-side latency. */
    public BenchmarkReport context(String key, Object value) {
        context.put(key, value);
        return this;
    }

    public boolean passes() {
        return Objects.requireNonNull(value, "no value") <= Objects.requireNonNull(target, "no target");
    }

    /** The report as written. */
    public Map<String, Object> toMap() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("name", name);
        report.put("metric", metric);
        report.put("value", round(Objects.requireNonNull(value, "no value")));
        report.put("unit", unit);
        report.put("target", Objects.requireNonNull(target, "no target"));
        report.put("pass", passes());
        if (samples != null) {
            report.put("samples", samples.count());
            report.put("p50", round(samples.p50()));
            report.put("p95", round(samples.p95()));
            report.put("p99", round(samples.p99()));
            report.put("max", round(samples.max()));
            report.put("mean", round(samples.mean()));
        }
        report.put("machine", machine());
        report.put("date", Instant.now().toString());
        report.put("context", context);
        return report;
    }

    /** Writes {@code target/bench/<name>.json} and returns its path. */
    public Path write() {
        return writeTo(DIRECTORY);
    }

    Path writeTo(Path directory) {
        Path file = directory.resolve(name + ".json");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, JSON.writeValueAsString(toMap()) + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        System.out.printf("[bench] %s: %s %s (target %s %s) %s -> %s%n", name, round(value), unit, target, unit,
                passes() ? "PASS" : "MISSED", file);
        if (Boolean.getBoolean("bench.enforce") && !passes()) {
            throw new AssertionError("%s missed its target: %s %s > %s %s".formatted(name, round(value), unit, target,
                    unit));
        }
        return file;
    }

    private static Map<String, Object> machine() {
        Runtime runtime = Runtime.getRuntime();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", runtime.availableProcessors());
        machine.put("maxHeapMb", runtime.maxMemory() / (1024 * 1024));
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("jvmUptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        return machine;
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
