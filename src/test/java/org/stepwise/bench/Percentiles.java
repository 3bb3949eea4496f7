package org.stepwise.bench;

import java.util.Arrays;

/** Percentiles by the nearest-rank method: the p-th percentile is a value that was actually measured. */
public final class Percentiles {

    private final double[] sorted;

    private Percentiles(double[] sorted) {
        this.sorted = sorted;
    }

    public static Percentiles of(double... samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    /** The smallest sample such that at least {@code p} percent of the samples are at or below it ({@code 0 < p <= 100}). */
    public double percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], not " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public double p50() {
        return percentile(50);
    }

    public double p95() {
        return percentile(95);
    }

    public double p99() {
        return percentile(99);
    }

    public double max() {
        return sorted[sorted.length - 1];
    }

    public double min() {
        return sorted[0];
    }

    public double mean() {
        return Arrays.stream(sorted).average().orElseThrow();
    }

    public int count() {
        return sorted.length;
    }
}
