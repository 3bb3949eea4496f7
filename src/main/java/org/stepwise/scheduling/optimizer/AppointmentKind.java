package org.stepwise.scheduling.optimizer;

import java.math.BigDecimal;

/**
 * The individual appointments the optimizer books, with the hours each counts toward a client's weekly IOP hours:
 * individual and family therapy are 50-minute sessions and count 1.0 h (a therapy hour); medication management is a
 * shorter prescriber visit and counts 0.5 h. The figures live here, one place, so a program can change them.
 */
public enum AppointmentKind {
    INDIVIDUAL("individual therapy", "therapist", new BigDecimal("1.0")),
    FAMILY("family therapy", "therapist", new BigDecimal("1.0")),
    MEDICATION_MANAGEMENT("medication management", "prescriber", new BigDecimal("0.5"));

    private final String label;
    private final String provider;
    private final BigDecimal countedHours;

    AppointmentKind(String label, String provider, BigDecimal countedHours) {
        this.label = label;
        this.provider = provider;
        this.countedHours = countedHours;
    }

    /** "individual therapy". */
    public String label() {
        return label;
    }

    /** Who offers it: "therapist" or "prescriber", for messages. */
    public String provider() {
        return provider;
    }

    public BigDecimal countedHours() {
        return countedHours;
    }
}
