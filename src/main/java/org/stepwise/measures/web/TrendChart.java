package org.stepwise.measures.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepwise.measures.MeasureTrend;

/**
 * The geometry of a trend's inline SVG, worked out here so that the template only places shapes: the severity bands as
 * horizontal strips behind the line, the line through the scores by date, a dot per score, ticks at the band edges.
 * Coordinates are in the SVG's own units ({@link #WIDTH} by {@link #HEIGHT}); the page scales it.
 */
record TrendChart(List<Strip> strips, String line, List<Dot> dots, List<Tick> ticks, String firstDate,
        String lastDate) {

    static final int WIDTH = 600;
    static final int HEIGHT = 220;
    static final double LEFT = 36;
    static final double RIGHT = WIDTH - 110;
    static final double TOP = 10;
    static final double BOTTOM = HEIGHT - 26;

    /** A band's strip; {@code severity} 0 (least severe) to 4 picks its colour in the style sheet. */
    record Strip(String name, String y, String height, String labelY, int severity) {}

    record Dot(String x, String y, int score, LocalDate date) {}

    record Tick(String y, int value) {}

    static TrendChart of(MeasureTrend trend) {
        double span = Math.max(1, trend.max() - trend.min());
        List<Strip> strips = new ArrayList<>();
        int n = trend.bands().size();
        for (int i = 0; i < n; i++) {
            MeasureTrend.Band band = trend.bands().get(i);
            double top = y(Math.min(trend.max(), band.max() + 0.5), trend, span);
            double bottom = y(Math.max(trend.min(), band.min() - 0.5), trend, span);
            int rank = trend.higherIsWorse() ? i : n - 1 - i;
            int severity = n <= 1 ? 0 : (int) Math.round(rank * 4.0 / (n - 1));
            strips.add(new Strip(band.name(), fmt(top), fmt(bottom - top), fmt((top + bottom) / 2 + 4), severity));
        }
        List<Dot> dots = new ArrayList<>();
        List<MeasureTrend.Point> points = trend.points();
        LocalDate first = points.isEmpty() ? LocalDate.MIN : points.getFirst().administeredOn();
        long days = points.isEmpty() ? 0 : ChronoUnit.DAYS.between(first, points.getLast().administeredOn());
        for (int i = 0; i < points.size(); i++) {
            MeasureTrend.Point p = points.get(i);
            double x;
            if (points.size() == 1) {
                x = (LEFT + RIGHT) / 2;
            } else if (days == 0) {
                x = LEFT + (RIGHT - LEFT) * i / (points.size() - 1);
            } else {
                x = LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(first, p.administeredOn()) / days;
            }
            dots.add(new Dot(fmt(x), fmt(y(p.score(), trend, span)), p.score(), p.administeredOn()));
        }
        StringBuilder line = new StringBuilder();
        dots.forEach(d -> line.append(line.isEmpty() ? "" : " ").append(d.x()).append(',').append(d.y()));
        List<Tick> ticks = new ArrayList<>();
        ticks.add(new Tick(fmt(y(trend.min(), trend, span)), trend.min()));
        trend.bands().stream().map(MeasureTrend.Band::min).filter(v -> v > trend.min())
                .forEach(v -> ticks.add(new Tick(fmt(y(v, trend, span)), v)));
        ticks.add(new Tick(fmt(y(trend.max(), trend, span)), trend.max()));
        return new TrendChart(strips, line.toString(), dots, ticks,
                points.isEmpty() ? "" : first.toString(), points.isEmpty() ? "" : points.getLast().administeredOn()
                        .toString());
    }

    private static double y(double score, MeasureTrend trend, double span) {
        return BOTTOM - (BOTTOM - TOP) * (score - trend.min()) / span;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public String left() {
        return fmt(LEFT);
    }

    public String right() {
        return fmt(RIGHT);
    }

    public String plotWidth() {
        return fmt(RIGHT - LEFT);
    }

    public String bottom() {
        return fmt(BOTTOM);
    }

    public String tickX() {
        return fmt(LEFT - 4);
    }

    public String labelX() {
        return fmt(RIGHT + 6);
    }

    public String dateY() {
        return fmt(BOTTOM + 18);
    }
}
