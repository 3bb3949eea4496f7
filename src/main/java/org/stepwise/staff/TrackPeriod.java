package org.stepwise.staff;

/** When a track meets: daytime, or evenings for clients who work or study. */
public enum TrackPeriod {
    DAY("Day"),
    EVENING("Evening");

    private final String label;

    TrackPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
